package io.github.camelbitget.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settings of a unified trading account ({@code accountSettings}, v3 only): its mode ({@code unified}, or
 * {@code upgrading}/{@code switching} while Bitget converts it), level, position mode and per-symbol leverage.
 */
public record AccountSettings(
        String uid,
        String accountMode,
        String accountLevel,
        String assetMode,
        PositionMode holdMode,
        String stpMode,
        List<SymbolConfig> symbolConfigList) {

    public AccountSettings {
        symbolConfigList = Lists.orEmpty(symbolConfigList);
    }

    /** Margin mode and leverage of one symbol. */
    public record SymbolConfig(String category, String symbol, MarginMode marginMode, BigDecimal leverage) {
    }
}
