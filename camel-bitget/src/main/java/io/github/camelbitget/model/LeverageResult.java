package io.github.camelbitget.model;

import java.math.BigDecimal;

/** The leverage of a symbol after {@code set-leverage}. */
public record LeverageResult(
        String symbol,
        String marginCoin,
        BigDecimal longLeverage,
        BigDecimal shortLeverage,
        BigDecimal crossMarginLeverage,
        MarginMode marginMode) {
}
