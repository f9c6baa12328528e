package io.github.camelbitget.stream;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderBookLevel;

/**
 * The full-depth book of channel {@code books}, kept from its snapshot and updates (bitget-api.md §7.4): bids
 * descending and asks ascending by numeric price, a size of 0 removes the level, and the price and size strings are
 * kept exactly as received because Bitget's checksum is computed over them. Not thread-safe: one per consumer, fed
 * in stream order.
 */
public final class LocalOrderBook {

    /** Levels per side covered by Bitget's checksum. */
    static final int CHECKSUM_LEVELS = 25;

    private final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();
    private Long seq;
    private Long ts;

    /** Replaces the book with a snapshot. */
    public void snapshot(JsonNode book) {
        bids.clear();
        asks.clear();
        apply(book);
    }

    /**
     * Applies an update and checks it. Returns why the book can no longer be trusted (a {@code seq} gap or decrease,
     * or a checksum mismatch), or null when it is consistent; the caller then discards it and resubscribes.
     */
    public String update(JsonNode book) {
        Long previous = seq;
        apply(book);
        if (previous != null && seq != null && seq != previous + 1) {
            return "seq " + seq + " after " + previous;
        }
        JsonNode expected = book.get("checksum");
        if (expected != null && expected.asLong() != 0) {
            int actual = checksum(bidStrings(), askStrings());
            if (actual != expected.asInt()) {
                return "checksum " + actual + " instead of Bitget's " + expected.asInt();
            }
        }
        return null;
    }

    private void apply(JsonNode book) {
        merge(bids, book.path("bids"));
        merge(asks, book.path("asks"));
        JsonNode seqNode = book.get("seq");
        seq = seqNode == null || seqNode.isNull() ? null : seqNode.asLong();
        JsonNode tsNode = book.get("ts");
        ts = tsNode == null || tsNode.asText().isEmpty() ? null : Long.valueOf(tsNode.asText());
    }

    private static void merge(TreeMap<BigDecimal, String[]> side, JsonNode levels) {
        for (JsonNode level : levels) {
            String price = level.get(0).asText();
            String size = level.get(1).asText();
            BigDecimal key = new BigDecimal(price);
            if (new BigDecimal(size).signum() == 0) {
                side.remove(key);
            } else {
                side.put(key, new String[] { price, size });
            }
        }
    }

    /** The top {@code depth} levels per side, the sizes and prices as Bitget wrote them. */
    public OrderBook top(int depth) {
        return new OrderBook(levels(asks, depth), levels(bids, depth), ts, null, null, null);
    }

    private static List<OrderBookLevel> levels(TreeMap<BigDecimal, String[]> side, int depth) {
        List<OrderBookLevel> levels = new ArrayList<>(Math.min(depth, side.size()));
        for (String[] level : side.values()) {
            if (levels.size() == depth) {
                break;
            }
            levels.add(new OrderBookLevel(new BigDecimal(level[0]), new BigDecimal(level[1])));
        }
        return Collections.unmodifiableList(levels);
    }

    private List<String[]> bidStrings() {
        return new ArrayList<>(bids.values());
    }

    private List<String[]> askStrings() {
        return new ArrayList<>(asks.values());
    }

    /**
     * Bitget's book checksum: the CRC32 of {@code bid1p:bid1s:ask1p:ask1s:bid2p:...} over the top 25 levels (a side
     * that has run out is skipped), read as a signed 32-bit integer.
     */
    static int checksum(List<String[]> bids, List<String[]> asks) {
        StringBuilder text = new StringBuilder(1024);
        for (int i = 0; i < CHECKSUM_LEVELS; i++) {
            if (i < bids.size()) {
                append(text, bids.get(i));
            }
            if (i < asks.size()) {
                append(text, asks.get(i));
            }
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static void append(StringBuilder text, String[] level) {
        if (!text.isEmpty()) {
            text.append(':');
        }
        text.append(level[0]).append(':').append(level[1]);
    }

    /** For a book Bitget sends whole every time (books1, books5, books15). */
    public static OrderBook ofSnapshot(JsonNode book, int depth) {
        LocalOrderBook local = new LocalOrderBook();
        local.snapshot(book);
        return local.top(depth);
    }

    /** A push's levels exactly as sent, size 0 included (a removed level), for {@code bookOutput=updates}. */
    public static OrderBook asSent(JsonNode book) {
        JsonNode ts = book.get("ts");
        return new OrderBook(levelsAsSent(book.path("asks")), levelsAsSent(book.path("bids")),
                ts == null || ts.asText().isEmpty() ? null : Long.valueOf(ts.asText()), null, null, null);
    }

    private static List<OrderBookLevel> levelsAsSent(JsonNode levels) {
        List<OrderBookLevel> list = new ArrayList<>(levels.size());
        for (JsonNode level : levels) {
            list.add(new OrderBookLevel(new BigDecimal(level.get(0).asText()), new BigDecimal(level.get(1).asText())));
        }
        return Collections.unmodifiableList(list);
    }
}
