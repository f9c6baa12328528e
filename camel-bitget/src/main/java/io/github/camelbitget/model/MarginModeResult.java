package io.github.camelbitget.model;

import java.math.BigDecimal;

/** The margin mode and leverage of a symbol after {@code set-margin-mode}. */
public record MarginModeResult(
        String symbol,
        String marginCoin,
        BigDecimal longLeverage,
        BigDecimal shortLeverage,
        MarginMode marginMode) {
}
