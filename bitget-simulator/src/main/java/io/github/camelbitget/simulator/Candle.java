package io.github.camelbitget.simulator;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** One OHLCV bar; {@code ts} is the bucket start in ms. */
record Candle(long ts, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal baseVolume) {

    BigDecimal quoteVolume() {
        return Decimals.derived(baseVolume.multiply(close));
    }

    /**
     * The bar as every Bitget candle answer starts it, numbers as strings: {@code [ts, open, high, low, close,
     * baseVolume]}; each API appends its own volume columns.
     */
    ArrayNode ohlcv() {
        return Json.array()
                .add(Long.toString(ts))
                .add(Json.text(open))
                .add(Json.text(high))
                .add(Json.text(low))
                .add(Json.text(close))
                .add(Json.text(baseVolume));
    }
}
