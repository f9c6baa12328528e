package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** Rolling 24 h figures of a symbol, taken from its hourly candles. */
record TickerStats(BigDecimal open24h, BigDecimal high24h, BigDecimal low24h, BigDecimal baseVolume,
                   BigDecimal quoteVolume, BigDecimal openUtc) {

    BigDecimal change24h(BigDecimal last) {
        return Decimals.divide(last.subtract(open24h), open24h);
    }

    BigDecimal changeUtc24h(BigDecimal last) {
        return Decimals.divide(last.subtract(openUtc), openUtc);
    }
}
