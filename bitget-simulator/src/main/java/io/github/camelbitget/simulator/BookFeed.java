package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code books} channel (bitget-api.md §7.4): a snapshot, then updates with the levels that changed since the
 * last push ({@code "0"} size = removed), a {@code seq} that grows by one per push and the checksum of the book
 * after the update. The book is the simulator's own, so updates follow its real changes.
 */
final class BookFeed implements MarketFeed {

    /** Depth of the simulated book on this channel. */
    static final int DEPTH = 50;

    private final StreamInstrument instrument;
    private final ObjectNode arg;
    private final StreamFaults faults;
    private WireBook published;
    private long seq;

    BookFeed(StreamInstrument instrument, ObjectNode arg, StreamFaults faults) {
        this.instrument = instrument;
        this.arg = arg;
        this.faults = faults;
    }

    /** The book as last published, so the updates that follow apply to it. */
    @Override
    public String snapshot(Exchange exchange, long now) {
        if (published == null) {
            published = WireBook.of(instrument.book(exchange.marketData(), DEPTH));
            seq = 1;
        }
        return frame("snapshot", published, published.checksum(), now);
    }

    @Override
    public List<String> next(Exchange exchange, long now) {
        WireBook current = WireBook.of(instrument.book(exchange.marketData(), DEPTH));
        WireBook changes = new WireBook(changes(published.bids(), current.bids()), changes(published.asks(), current.asks()));
        if (changes.bids().isEmpty() && changes.asks().isEmpty()) {
            return List.of();
        }
        published = current;
        seq++;
        int checksum = current.checksum();
        if (faults.claimCorruptChecksum(instrument.instType(), instrument.symbol())) {
            checksum = ~checksum;
        }
        return List.of(frame("update", changes, checksum, now));
    }

    /** New or resized levels, then removed ones with size {@code "0"}. */
    private static List<WireBook.Level> changes(List<WireBook.Level> before, List<WireBook.Level> after) {
        Map<String, String> old = new LinkedHashMap<>();
        before.forEach(level -> old.put(level.price(), level.size()));
        List<WireBook.Level> changes = new ArrayList<>();
        for (WireBook.Level level : after) {
            if (!level.size().equals(old.remove(level.price()))) {
                changes.add(level);
            }
        }
        old.keySet().forEach(price -> changes.add(new WireBook.Level(price, "0")));
        return changes;
    }

    private String frame(String action, WireBook book, int checksum, long now) {
        ObjectNode data = book.toJson().put("checksum", checksum).put("seq", seq).put("ts", Long.toString(now));
        return Streams.dataFrame(action, arg, Json.array().add(data), now);
    }
}
