package io.github.camelbitget.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * One OHLCV candle. Bitget sends candles as arrays: futures {@code [ts, open, high, low, close, baseVolume,
 * quoteVolume]}, spot {@code [ts, open, high, low, close, baseVolume, usdtVolume, quoteVolume]}; {@code usdtVolume}
 * is null when Bitget does not send it. The last candle of a list may still be open.
 */
@JsonDeserialize(using = Candle.ArrayDeserializer.class)
public record Candle(
        Long ts,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal baseVolume,
        BigDecimal quoteVolume,
        BigDecimal usdtVolume) {

    static final class ArrayDeserializer extends StdDeserializer<Candle> {

        ArrayDeserializer() {
            super(Candle.class);
        }

        @Override
        public Candle deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return (Candle) context.handleUnexpectedToken(Candle.class, parser);
            }
            List<String> values = new ArrayList<>(8);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                values.add(token == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            if (values.size() < 7) {
                throw context.weirdStringException(values.toString(), Candle.class,
                        "a candle needs at least 7 elements");
            }
            boolean withUsdtVolume = values.size() >= 8;
            return new Candle(
                    Long.valueOf(values.get(0)),
                    decimal(values.get(1)),
                    decimal(values.get(2)),
                    decimal(values.get(3)),
                    decimal(values.get(4)),
                    decimal(values.get(5)),
                    decimal(values.get(withUsdtVolume ? 7 : 6)),
                    withUsdtVolume ? decimal(values.get(6)) : null);
        }

        private static BigDecimal decimal(String value) {
            return value == null || value.isEmpty() ? null : new BigDecimal(value);
        }
    }
}
