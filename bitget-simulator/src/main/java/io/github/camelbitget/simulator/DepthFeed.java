package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** {@code books1}, {@code books5}, {@code books15}: the top levels, always a full snapshot, pushed when they changed. */
final class DepthFeed implements MarketFeed {

    private final StreamInstrument instrument;
    private final ObjectNode arg;
    private final int levels;
    private WireBook last;
    private long seq;

    DepthFeed(StreamInstrument instrument, ObjectNode arg, int levels) {
        this.instrument = instrument;
        this.arg = arg;
        this.levels = levels;
    }

    @Override
    public String snapshot(Exchange exchange, long now) {
        last = WireBook.of(instrument.book(exchange.marketData(), levels));
        return frame(now);
    }

    @Override
    public List<String> next(Exchange exchange, long now) {
        WireBook current = WireBook.of(instrument.book(exchange.marketData(), levels));
        if (current.equals(last)) {
            return List.of();
        }
        last = current;
        return List.of(frame(now));
    }

    private String frame(long now) {
        ObjectNode book = last.toJson().put("checksum", last.checksum()).put("seq", ++seq).put("ts", Long.toString(now));
        ArrayNode data = Json.array().add(book);
        return Streams.dataFrame("snapshot", arg, data, now);
    }
}
