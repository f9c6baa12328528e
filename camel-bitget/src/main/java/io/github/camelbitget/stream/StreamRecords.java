package io.github.camelbitget.stream;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.Market;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesFill;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.model.SpotAsset;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotOrder;
import io.github.camelbitget.model.SpotTicker;
import io.github.camelbitget.model.Trade;

/**
 * Reads the items of a push into the records the producer returns for the same data, so a route handles a streamed
 * order like a polled one. The WebSocket names a few fields differently from REST; they are renamed first:
 * {@code instId} is {@code symbol}, an order's accumulated {@code accBaseVolume} is {@code baseVolume} (the
 * WebSocket's {@code baseVolume} is the last fill only), futures account and position {@code frozen} is
 * {@code locked}, futures account {@code equity} is {@code accountEquity}, a spot ticker's {@code open24h} is
 * {@code open}. Candles are arrays {@code [ts, open, high, low, close, baseVolume, quoteVolume, usdtVolume]}.
 * Books are not read here: see {@link LocalOrderBook}.
 */
public final class StreamRecords {

    private StreamRecords() {
    }

    /** The records of a push, in Bitget's order. */
    public static List<Object> read(StreamChannel channel, StreamMessage message) {
        List<Object> records = new ArrayList<>(message.data().size());
        for (JsonNode item : message.data()) {
            records.add(read(channel, message.arg(), item));
        }
        return records;
    }

    static Object read(StreamChannel channel, ChannelArg arg, JsonNode item) {
        boolean spot = channel.market() == Market.SPOT;
        try {
            return switch (channel.kind()) {
                case TICKER -> spot
                        ? convert(renamed(item, "instId", "symbol", "open24h", "open"), SpotTicker.class)
                        : convert(renamed(item, "instId", "symbol"), FuturesTicker.class);
                case CANDLE -> candle(item);
                case TRADE -> new Trade(arg.instId(), item.path("tradeId").asText(null), decimal(item.get("price")),
                        decimal(item.get("size")), Side.fromWire(item.path("side").asText()),
                        Long.valueOf(item.path("ts").asText()));
                case ORDERS -> spot ? convert(ordered(item), SpotOrder.class) : convert(ordered(item), FuturesOrder.class);
                case POSITIONS -> convert(renamed(item, "instId", "symbol", "frozen", "locked"), Position.class);
                case ACCOUNT -> spot ? convert(item, SpotAsset.class)
                        : convert(renamed(item, "equity", "accountEquity", "frozen", "locked"), FuturesAccount.class);
                case FILL -> spot ? convert(spotFill(item), SpotFill.class)
                        : convert(renamed(item, "instId", "symbol"), FuturesFill.class);
                case BOOK -> throw new IllegalArgumentException("books are kept by LocalOrderBook");
            };
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read a " + arg + " push: " + e.getMessage(), e);
        }
    }

    private static ObjectNode ordered(JsonNode item) {
        ObjectNode node = renamed(item, "instId", "symbol");
        if (node.has("accBaseVolume")) {
            node.set("baseVolume", node.remove("accBaseVolume"));
        }
        return node;
    }

    private static ObjectNode spotFill(JsonNode item) {
        ObjectNode node = renamed(item, "instId", "symbol");
        JsonNode fee = node.get("feeDetail");
        if (fee != null && fee.isArray()) {
            node.set("feeDetail", fee.isEmpty() ? null : fee.get(0));
        }
        return node;
    }

    /** A copy of the item with field {@code pairs[i]} renamed to {@code pairs[i + 1]} unless that one is there. */
    private static ObjectNode renamed(JsonNode item, String... pairs) {
        ObjectNode node = ((ObjectNode) item).deepCopy();
        for (int i = 0; i < pairs.length; i += 2) {
            JsonNode value = node.remove(pairs[i]);
            if (value != null && !node.has(pairs[i + 1])) {
                node.set(pairs[i + 1], value);
            }
        }
        return node;
    }

    private static <T> T convert(JsonNode node, Class<T> type) throws JsonProcessingException {
        return BitgetJson.MAPPER.treeToValue(node, type);
    }

    private static Candle candle(JsonNode item) {
        return new Candle(Long.valueOf(item.get(0).asText()), decimal(item.get(1)), decimal(item.get(2)),
                decimal(item.get(3)), decimal(item.get(4)), decimal(item.get(5)), decimal(item.get(6)),
                decimal(item.get(7)));
    }

    private static BigDecimal decimal(JsonNode value) {
        return value == null || value.isNull() || value.asText().isEmpty() ? null : new BigDecimal(value.asText());
    }
}
