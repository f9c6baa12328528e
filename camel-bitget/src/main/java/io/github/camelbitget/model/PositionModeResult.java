package io.github.camelbitget.model;

/** The position mode of a product type after {@code set-position-mode}. */
public record PositionModeResult(PositionMode posMode) {
}
