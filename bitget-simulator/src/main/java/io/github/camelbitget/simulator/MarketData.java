package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Prices, candles, tickers and order books of every seeded symbol. Not thread-safe: used under the exchange lock. */
final class MarketData {

    /** Synthetic traded value per minute, in quote currency, that sizes candle volumes. */
    private static final BigDecimal QUOTE_VOLUME_PER_MINUTE = new BigDecimal("50000");
    /** Public trades kept per symbol, enough for the {@code trade} channel's first snapshot. */
    private static final int TAPE_LENGTH = 100;

    private final long seed;
    private final Ids ids;
    private final Map<String, Deque<PublicTrade>> tapes = new LinkedHashMap<>();
    private long tradeSeq;
    private final Map<String, PriceWalk> walks = new LinkedHashMap<>();
    private final Map<String, CandleHistory> histories = new LinkedHashMap<>();
    private final Map<String, BigDecimal> stepVolumeUnits = new LinkedHashMap<>();

    MarketData(Instruments instruments, Map<String, BigDecimal> seedPrices, long seed, Ids ids, long now) {
        this.seed = seed;
        this.ids = ids;
        seedPrices.forEach((symbol, price) -> {
            BigDecimal tick = instruments.priceTick(symbol);
            PriceWalk walk = new PriceWalk(symbol, price, tick, seed);
            walks.put(symbol, walk);
            BigDecimal perMinute = QUOTE_VOLUME_PER_MINUTE.divide(walk.price(), 4, RoundingMode.HALF_UP);
            histories.put(symbol, new CandleHistory(symbol, seed, now, walk.price(), tick, perMinute));
            stepVolumeUnits.put(symbol, perMinute.divide(BigDecimal.TEN, 4, RoundingMode.HALF_UP).max(Decimals.unit(4)));
            tapes.put(symbol, new ArrayDeque<>());
        });
    }

    boolean has(String symbol) {
        return walks.containsKey(symbol);
    }

    BigDecimal price(String symbol) {
        PriceWalk walk = walks.get(symbol);
        if (walk == null) {
            throw BitgetError.doesNotExist(symbol);
        }
        return walk.price();
    }

    /** Moves every symbol one step along its walk; each step is a market trade, a buy when the price rose. */
    void advance(long now) {
        walks.forEach((symbol, walk) -> {
            BigDecimal before = walk.price();
            BigDecimal price = walk.step();
            BigDecimal volume = walk.stepVolume(stepVolumeUnits.get(symbol));
            histories.get(symbol).record(now, price, volume);
            recordTrade(null, symbol, price, volume, price.compareTo(before) >= 0 ? Side.BUY : Side.SELL, now);
        });
    }

    /** Puts a trade on the public tape; {@code instType} null means the market's own trade, shown on every market. */
    void recordTrade(String instType, String symbol, BigDecimal price, BigDecimal size, Side takerSide, long now) {
        Deque<PublicTrade> tape = tapes.get(symbol);
        tape.addLast(new PublicTrade(++tradeSeq, ids.next(), instType, symbol, price, size, takerSide, now));
        if (tape.size() > TAPE_LENGTH) {
            tape.removeFirst();
        }
    }

    /** The symbol's kept trades that {@code instType} shows, oldest first. */
    List<PublicTrade> trades(String instType, String symbol) {
        return tapes.get(symbol).stream().filter(t -> t.shownOn(instType)).toList();
    }

    void setPrice(String symbol, BigDecimal price, long now) {
        PriceWalk walk = walks.get(symbol);
        if (walk == null) {
            throw new IllegalArgumentException("unknown symbol " + symbol + ", seeded symbols are " + walks.keySet());
        }
        walk.set(price);
        histories.get(symbol).record(now, walk.price(), BigDecimal.ZERO);
    }

    /** Value of {@code amount} of a coin in USD (USDT and USDC count at par), zero when no symbol prices the coin. */
    BigDecimal usdValue(String coin, BigDecimal amount) {
        if (coin.equals("USDT") || coin.equals("USDC")) {
            return amount;
        }
        for (String symbol : new String[] {coin + "USDT", coin + "USD", coin + "PERP"}) {
            if (has(symbol)) {
                return amount.multiply(price(symbol));
            }
        }
        return BigDecimal.ZERO;
    }

    Map<String, BigDecimal> prices() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        walks.forEach((symbol, walk) -> prices.put(symbol, walk.price()));
        return prices;
    }

    List<Candle> candles(String symbol, Granularity granularity, Long startTime, Long endTime, int limit, long now) {
        return histories.get(symbol).candles(granularity, startTime, endTime, limit, now);
    }

    TickerStats stats(String symbol, long now) {
        List<Candle> day = candles(symbol, Granularity.HOUR_1, null, null, 24, now);
        BigDecimal high = day.get(0).high();
        BigDecimal low = day.get(0).low();
        BigDecimal baseVolume = BigDecimal.ZERO;
        BigDecimal quoteVolume = BigDecimal.ZERO;
        for (Candle candle : day) {
            high = high.max(candle.high());
            low = low.min(candle.low());
            baseVolume = baseVolume.add(candle.baseVolume());
            quoteVolume = quoteVolume.add(candle.quoteVolume());
        }
        BigDecimal openUtc = candles(symbol, Granularity.DAY_1_UTC, null, null, 1, now).get(0).open();
        return new TickerStats(day.get(0).open(), high, low, baseVolume, quoteVolume, openUtc);
    }

    /**
     * Depth around the current price: best bid one tick below it, best ask one tick above, then one
     * {@code step} per level. Sizes are multiples of {@code sizeUnit} drawn from the walk's step count,
     * so the book changes when the price moves and is identical for identical histories.
     */
    OrderBook book(String symbol, BigDecimal tick, BigDecimal step, BigDecimal sizeUnit, int levels) {
        PriceWalk walk = walks.get(symbol);
        BigDecimal price = walk.price();
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, symbol.hashCode(), walk.steps()));
        BigDecimal bestBid = price.subtract(tick).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal bestAsk = price.add(tick).divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<OrderBook.Level> bids = new ArrayList<>();
        List<OrderBook.Level> asks = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            BigDecimal offset = step.multiply(BigDecimal.valueOf(i));
            BigDecimal bid = bestBid.subtract(offset);
            if (bid.signum() > 0) {
                bids.add(new OrderBook.Level(bid.stripTrailingZeros(), size(random, sizeUnit)));
            }
            asks.add(new OrderBook.Level(bestAsk.add(offset).stripTrailingZeros(), size(random, sizeUnit)));
        }
        return new OrderBook(bids, asks);
    }

    private static BigDecimal size(SplittableRandom random, BigDecimal unit) {
        return unit.multiply(BigDecimal.valueOf(1 + random.nextInt(400))).stripTrailingZeros();
    }
}
