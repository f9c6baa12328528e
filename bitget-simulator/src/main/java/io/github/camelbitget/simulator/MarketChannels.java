package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public channels (bitget-api.md §7.3) of SPOT, USDT-FUTURES, USDC-FUTURES and COIN-FUTURES: one shared
 * {@link MarketFeed} per channel and instrument while someone subscribes to it. Used on the event loop under the
 * exchange lock.
 */
final class MarketChannels {

    /** The candle intervals Bitget streams: no 3m and no 2H channel. */
    private static final Set<Granularity> STREAMED_CANDLES = EnumSet.complementOf(EnumSet.of(Granularity.MINUTE_3, Granularity.HOUR_2));
    private static final String CANDLE = "candle";

    private final StreamFaults faults;
    private final Map<String, MarketFeed> feeds = new LinkedHashMap<>();

    MarketChannels(StreamFaults faults) {
        this.faults = faults;
    }

    /** Throws {@code 30001} unless the arg names a public channel of a listed instrument. */
    void check(Exchange exchange, StreamArg arg) {
        feed(exchange, arg);
    }

    /** The new subscriber's first frame. */
    String subscribe(Exchange exchange, StreamArg arg, long now) {
        MarketFeed feed = feeds.get(arg.key());
        if (feed == null) {
            feed = feed(exchange, arg);
            feeds.put(arg.key(), feed);
        }
        return feed.snapshot(exchange, now);
    }

    /** One push interval: each feed's new frames to its subscribers; feeds nobody subscribes to any more are dropped. */
    void tick(Exchange exchange, long now, Collection<StreamConnection> connections) {
        for (Iterator<Map.Entry<String, MarketFeed>> it = feeds.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, MarketFeed> entry = it.next();
            String key = entry.getKey();
            if (connections.stream().noneMatch(c -> c.subscribes(key))) {
                it.remove();
                continue;
            }
            for (String frame : entry.getValue().next(exchange, now)) {
                connections.forEach(c -> c.pushMarket(key, frame));
            }
        }
    }

    private MarketFeed feed(Exchange exchange, StreamArg arg) {
        StreamInstrument instrument = StreamInstrument.find(exchange.instruments(), arg.instType(), arg.instId())
                .orElseThrow(() -> arg.unknown("channel does not exist: no instrument " + arg.instId() + " of " + arg.instType()));
        ObjectNode canonical = arg.canonical();
        String channel = arg.channel();
        return switch (channel) {
            case "ticker" -> new TickerFeed(instrument, canonical);
            case "books" -> new BookFeed(instrument, canonical, faults);
            case "books1" -> new DepthFeed(instrument, canonical, 1);
            case "books5" -> new DepthFeed(instrument, canonical, 5);
            case "books15" -> new DepthFeed(instrument, canonical, 15);
            case "trade" -> new TradeFeed(instrument, canonical);
            default -> candleInterval(channel)
                    .map(granularity -> (MarketFeed) new CandleFeed(instrument, canonical, granularity))
                    .orElseThrow(() -> arg.unknown("channel does not exist: " + channel));
        };
    }

    private static Optional<Granularity> candleInterval(String channel) {
        if (!channel.startsWith(CANDLE)) {
            return Optional.empty();
        }
        return Granularity.ofFutures(channel.substring(CANDLE.length())).filter(STREAMED_CANDLES::contains);
    }
}
