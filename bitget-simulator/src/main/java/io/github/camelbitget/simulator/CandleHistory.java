package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Candles of one symbol. Since the simulator started, candles aggregate the walk's moves (kept as
 * one-minute bars). Before the start there is a synthetic history, generated backwards from the seed price
 * with a random generator keyed by (seed, symbol, granularity, bucket), so every request sees the same past.
 */
final class CandleHistory {

    private static final double MINUTE_VOLATILITY = 0.001;
    private static final double MAX_BUCKET_VOLATILITY = 0.15;
    private static final long ONE_MINUTE = 60_000L;
    /** How far back a request may reach, in buckets, so a silly startTime cannot stall the event loop. */
    private static final int MAX_BACKFILL = 200_000;

    private static final class Bar {
        final BigDecimal open;
        BigDecimal high;
        BigDecimal low;
        BigDecimal close;
        BigDecimal volume;

        Bar(BigDecimal price, BigDecimal volume) {
            this.open = price;
            this.high = price;
            this.low = price;
            this.close = price;
            this.volume = volume;
        }
    }

    private final String symbol;
    private final long seed;
    private final long startTime;
    private final BigDecimal seedPrice;
    private final BigDecimal tick;
    private final BigDecimal volumePerMinute;
    private final NavigableMap<Long, Bar> minuteBars = new TreeMap<>();

    CandleHistory(String symbol, long seed, long startTime, BigDecimal seedPrice, BigDecimal tick, BigDecimal volumePerMinute) {
        this.symbol = symbol;
        this.seed = seed;
        this.startTime = startTime;
        this.seedPrice = seedPrice;
        this.tick = tick;
        this.volumePerMinute = volumePerMinute;
        record(startTime, seedPrice, BigDecimal.ZERO);
    }

    void record(long time, BigDecimal price, BigDecimal volume) {
        long minute = Math.floorDiv(time, ONE_MINUTE) * ONE_MINUTE;
        Bar bar = minuteBars.get(minute);
        if (bar == null) {
            minuteBars.put(minute, new Bar(price, volume));
            return;
        }
        bar.high = bar.high.max(price);
        bar.low = bar.low.min(price);
        bar.close = price;
        bar.volume = bar.volume.add(volume);
    }

    /** Up to {@code limit} candles ending at {@code endTime} (or now), not before {@code startTime}; ascending. */
    List<Candle> candles(Granularity granularity, Long startTime, Long endTime, int limit, long now) {
        long last = granularity.bucketStart(endTime == null ? now : Math.min(endTime, now));
        long first = startTime == null ? Long.MIN_VALUE : startTime;
        long liveStart = granularity.bucketStart(this.startTime);
        List<Long> buckets = new ArrayList<>();
        for (long bucket = last; buckets.size() < limit && bucket >= first; bucket = granularity.previous(bucket)) {
            buckets.add(bucket);
        }
        Collections.reverse(buckets);
        List<Candle> candles = new ArrayList<>(buckets.size());
        List<Long> history = buckets.stream().filter(b -> b < liveStart).toList();
        if (!history.isEmpty()) {
            candles.addAll(synthetic(granularity, liveStart, history.get(0), history.get(history.size() - 1)));
        }
        buckets.stream().filter(b -> b >= liveStart).forEach(b -> candles.add(live(granularity, b)));
        return candles;
    }

    private Candle live(Granularity granularity, long bucket) {
        Map<Long, Bar> bars = minuteBars.subMap(bucket, true, granularity.next(bucket), false);
        if (bars.isEmpty()) {
            Map.Entry<Long, Bar> before = minuteBars.lowerEntry(bucket);
            BigDecimal close = before == null ? seedPrice : before.getValue().close;
            return new Candle(bucket, close, close, close, close, BigDecimal.ZERO);
        }
        BigDecimal open = null;
        BigDecimal high = null;
        BigDecimal low = null;
        BigDecimal close = null;
        BigDecimal volume = BigDecimal.ZERO;
        for (Bar bar : bars.values()) {
            open = open == null ? bar.open : open;
            high = high == null ? bar.high : high.max(bar.high);
            low = low == null ? bar.low : low.min(bar.low);
            close = bar.close;
            volume = volume.add(bar.volume);
        }
        return new Candle(bucket, open, high, low, close, volume);
    }

    /** Candles from {@code oldest} to {@code newest} (both before {@code liveStart}), walking back from the seed price. */
    private List<Candle> synthetic(Granularity granularity, long liveStart, long oldest, long newest) {
        double volatility = Math.min(MAX_BUCKET_VOLATILITY,
                MINUTE_VOLATILITY * Math.sqrt(granularity.nominalMillis() / (double) ONE_MINUTE));
        BigDecimal minutes = BigDecimal.valueOf(granularity.nominalMillis() / ONE_MINUTE);
        List<Candle> candles = new ArrayList<>();
        BigDecimal close = seedPrice;
        long bucket = granularity.previous(liveStart);
        for (int k = 1; bucket >= oldest && k <= MAX_BACKFILL; k++, bucket = granularity.previous(bucket)) {
            SplittableRandom random = new SplittableRandom(Seeds.mix(seed, symbol.hashCode(), granularity.ordinal(), k));
            BigDecimal open = onGrid(close.divide(BigDecimal.valueOf(1 + random.nextGaussian() * volatility), Decimals.MATH),
                    RoundingMode.HALF_UP);
            double wick = volatility / 3;
            BigDecimal high = onGrid(open.max(close).multiply(BigDecimal.valueOf(1 + Math.abs(random.nextGaussian()) * wick)),
                    RoundingMode.CEILING);
            BigDecimal low = onGrid(open.min(close).multiply(BigDecimal.valueOf(1 - Math.abs(random.nextGaussian()) * wick)),
                    RoundingMode.FLOOR);
            BigDecimal volume = volumePerMinute.multiply(minutes)
                    .multiply(BigDecimal.valueOf(0.5 + random.nextDouble())).setScale(4, RoundingMode.HALF_UP);
            if (bucket <= newest) {
                candles.add(new Candle(bucket, open, high, low.max(tick), close, volume));
            }
            close = open;
        }
        Collections.reverse(candles);
        return candles;
    }

    private BigDecimal onGrid(BigDecimal value, RoundingMode rounding) {
        BigDecimal rounded = value.divide(tick, 0, rounding).multiply(tick).stripTrailingZeros();
        return rounded.signum() > 0 ? rounded : tick;
    }
}
