package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * {@code candle<interval>}: a snapshot of recent candles (oldest first), then updates of the open candle when it
 * changed; when a new interval starts, the update carries the closed candle's final values and the new one.
 * Rows are {@code [ts, open, high, low, close, baseVolume, quoteVolume, usdtVolume]}.
 */
final class CandleFeed implements MarketFeed {

    private static final int SNAPSHOT_CANDLES = 100;

    private final StreamInstrument instrument;
    private final ObjectNode arg;
    private final Granularity granularity;
    private ArrayNode open;

    CandleFeed(StreamInstrument instrument, ObjectNode arg, Granularity granularity) {
        this.instrument = instrument;
        this.arg = arg;
        this.granularity = granularity;
    }

    @Override
    public String snapshot(Exchange exchange, long now) {
        ArrayNode data = Json.array();
        candles(exchange, now, SNAPSHOT_CANDLES).forEach(candle -> data.add(row(candle)));
        open = (ArrayNode) data.get(data.size() - 1);
        return Streams.dataFrame("snapshot", arg, data, now);
    }

    @Override
    public List<String> next(Exchange exchange, long now) {
        List<Candle> recent = candles(exchange, now, 2);
        ArrayNode current = row(recent.get(recent.size() - 1));
        if (current.equals(open)) {
            return List.of();
        }
        ArrayNode data = Json.array();
        boolean rolledOver = !current.get(0).equals(open.get(0));
        if (rolledOver && recent.size() == 2) {
            data.add(row(recent.get(0)));
        }
        data.add(current);
        open = current;
        return List.of(Streams.dataFrame("update", arg, data, now));
    }

    private List<Candle> candles(Exchange exchange, long now, int limit) {
        return exchange.marketData().candles(instrument.symbol(), granularity, null, null, limit, now);
    }

    /** Stream candles: the bar, quote volume and USDT volume (the same for USDT-quoted symbols). */
    private static ArrayNode row(Candle candle) {
        String quoteVolume = Json.text(candle.quoteVolume());
        return candle.ohlcv().add(quoteVolume).add(quoteVolume);
    }
}
