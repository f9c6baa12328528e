package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The {@code trade} channel: the recent trades of the public tape (newest first), then each push's new trades. */
final class TradeFeed implements MarketFeed {

    private static final int SNAPSHOT_TRADES = 50;

    private final StreamInstrument instrument;
    private final ObjectNode arg;
    private long lastSeq;

    TradeFeed(StreamInstrument instrument, ObjectNode arg) {
        this.instrument = instrument;
        this.arg = arg;
    }

    @Override
    public String snapshot(Exchange exchange, long now) {
        List<PublicTrade> trades = trades(exchange);
        lastSeq = Math.max(lastSeq, trades.isEmpty() ? 0 : trades.get(trades.size() - 1).seq());
        return Streams.dataFrame("snapshot", arg, rows(trades.subList(Math.max(0, trades.size() - SNAPSHOT_TRADES), trades.size())), now);
    }

    @Override
    public List<String> next(Exchange exchange, long now) {
        List<PublicTrade> fresh = trades(exchange).stream().filter(t -> t.seq() > lastSeq).toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        lastSeq = fresh.get(fresh.size() - 1).seq();
        return List.of(Streams.dataFrame("update", arg, rows(fresh), now));
    }

    private List<PublicTrade> trades(Exchange exchange) {
        return exchange.marketData().trades(instrument.instType(), instrument.symbol());
    }

    /** Newest first. */
    private static ArrayNode rows(List<PublicTrade> trades) {
        ArrayNode data = Json.array();
        for (int i = trades.size() - 1; i >= 0; i--) {
            PublicTrade trade = trades.get(i);
            data.addObject()
                    .put("ts", Long.toString(trade.ts()))
                    .put("price", Json.text(trade.price()))
                    .put("size", Json.text(trade.size()))
                    .put("side", trade.side().wire())
                    .put("tradeId", trade.tradeId());
        }
        return data;
    }
}
