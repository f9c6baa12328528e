package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** One OHLCV bar; {@code ts} is the bucket start in ms. */
record Candle(long ts, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal baseVolume) {

    BigDecimal quoteVolume() {
        return Decimals.derived(baseVolume.multiply(close));
    }
}
