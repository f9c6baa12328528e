package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The {@code ticker} channel: always a snapshot, pushed when a figure changed (bitget-api.md §7.3 fields). */
final class TickerFeed implements MarketFeed {

    private static final long FUNDING_INTERVAL = 8 * 3_600_000L;

    private final StreamInstrument instrument;
    private final ObjectNode arg;
    private ObjectNode last;

    TickerFeed(StreamInstrument instrument, ObjectNode arg) {
        this.instrument = instrument;
        this.arg = arg;
    }

    @Override
    public String snapshot(Exchange exchange, long now) {
        ObjectNode ticker = ticker(exchange.marketData(), now);
        last = withoutTs(ticker);
        return Streams.dataFrame("snapshot", arg, Json.array().add(ticker), now);
    }

    @Override
    public List<String> next(Exchange exchange, long now) {
        ObjectNode ticker = ticker(exchange.marketData(), now);
        ObjectNode figures = withoutTs(ticker);
        if (figures.equals(last)) {
            return List.of();
        }
        last = figures;
        return List.of(Streams.dataFrame("snapshot", arg, Json.array().add(ticker), now));
    }

    private static ObjectNode withoutTs(ObjectNode ticker) {
        ObjectNode copy = ticker.deepCopy();
        copy.remove("ts");
        return copy;
    }

    private ObjectNode ticker(MarketData market, long now) {
        String symbol = instrument.symbol();
        BigDecimal last = market.price(symbol);
        TickerStats stats = market.stats(symbol, now);
        OrderBook top = instrument.book(market, 1);
        ObjectNode ticker = Json.object()
                .put("instId", symbol)
                .put("lastPr", Json.text(last))
                .put("bidPr", Json.text(top.bids().get(0).price()))
                .put("askPr", Json.text(top.asks().get(0).price()))
                .put("bidSz", Json.text(top.bids().get(0).size()))
                .put("askSz", Json.text(top.asks().get(0).size()))
                .put("open24h", Json.text(stats.open24h()))
                .put("high24h", Json.text(stats.high24h()))
                .put("low24h", Json.text(stats.low24h()))
                .put("change24h", Json.text(stats.change24h(last)));
        if (instrument.isSpot()) {
            ticker.put("baseVolume", Json.text(stats.baseVolume()))
                    .put("quoteVolume", Json.text(Decimals.derived(stats.quoteVolume())))
                    .put("openUtc", Json.text(stats.openUtc()))
                    .put("changeUtc24h", Json.text(stats.changeUtc24h(last)));
        } else {
            ticker.put("fundingRate", "0.0001")
                    .put("nextFundingTime", Long.toString(Math.floorDiv(now, FUNDING_INTERVAL) * FUNDING_INTERVAL + FUNDING_INTERVAL))
                    .put("markPrice", Json.text(last))
                    .put("indexPrice", Json.text(last))
                    .put("holdingAmount", Json.text(stats.baseVolume().divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP)))
                    .put("baseVolume", Json.text(stats.baseVolume()))
                    .put("quoteVolume", Json.text(Decimals.derived(stats.quoteVolume())))
                    .put("openUtc", Json.text(stats.openUtc()))
                    .put("symbolType", 1)
                    .put("symbol", symbol)
                    .put("deliveryPrice", "0");
        }
        return ticker.put("ts", Long.toString(now));
    }
}
