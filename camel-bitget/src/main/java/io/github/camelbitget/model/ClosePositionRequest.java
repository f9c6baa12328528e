package io.github.camelbitget.model;

/** Closes a futures position at market; {@code holdSide} picks a leg in hedge mode (null closes both). */
public record ClosePositionRequest(String symbol, HoldSide holdSide) implements BitgetRequest {
}
