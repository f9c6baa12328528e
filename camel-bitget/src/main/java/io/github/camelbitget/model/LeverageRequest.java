package io.github.camelbitget.model;

/** Sets a symbol's leverage; {@code holdSide} sets one leg of an isolated hedge-mode position. */
public record LeverageRequest(String symbol, Integer leverage, HoldSide holdSide) implements BitgetRequest {
}
