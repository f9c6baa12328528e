package io.github.camelbitget.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Candle intervals with each market's own spelling (futures {@code 1m 1H 1D}, spot {@code 1min 1h 1day}).
 * Day-and-longer candles without the {@code utc} suffix, and 6H/12H, are aligned to UTC+8 like Bitget's.
 */
enum Granularity {
    MINUTE_1("1m", "1min", 1, false),
    MINUTE_3("3m", "3min", 3, false),
    MINUTE_5("5m", "5min", 5, false),
    MINUTE_15("15m", "15min", 15, false),
    MINUTE_30("30m", "30min", 30, false),
    HOUR_1("1H", "1h", 60, false),
    HOUR_2("2H", null, 120, false),
    HOUR_4("4H", "4h", 240, false),
    HOUR_6("6H", "6h", 360, true),
    HOUR_12("12H", "12h", 720, true),
    DAY_1("1D", "1day", 1440, true),
    DAY_3("3D", "3day", 4320, true),
    WEEK_1("1W", "1week", 10080, true),
    MONTH_1("1M", "1M", 0, true),
    HOUR_6_UTC("6Hutc", "6Hutc", 360, false),
    HOUR_12_UTC("12Hutc", "12Hutc", 720, false),
    DAY_1_UTC("1Dutc", "1Dutc", 1440, false),
    DAY_3_UTC("3Dutc", "3Dutc", 4320, false),
    WEEK_1_UTC("1Wutc", "1Wutc", 10080, false),
    MONTH_1_UTC("1Mutc", "1Mutc", 0, false);

    private static final long MINUTE = 60_000L;
    private static final long UTC_PLUS_8 = 8 * 60 * MINUTE;
    /** 1970-01-01 was a Thursday; weeks start on Monday 1970-01-05. */
    private static final long FIRST_MONDAY = 4 * 1440 * MINUTE;

    private final String futuresName;
    private final String spotName;
    private final long millis;
    private final long zoneOffset;

    Granularity(String futuresName, String spotName, int minutes, boolean utcPlus8) {
        this.futuresName = futuresName;
        this.spotName = spotName;
        this.millis = minutes * MINUTE;
        this.zoneOffset = utcPlus8 ? UTC_PLUS_8 : 0;
    }

    /** Exact, case-sensitive match: {@code 1h} is a spot spelling and wrong for futures. */
    static Optional<Granularity> ofFutures(String name) {
        for (Granularity g : values()) {
            if (g.futuresName.equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    static Optional<Granularity> ofSpot(String name) {
        for (Granularity g : values()) {
            if (name.equals(g.spotName)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** Nominal length, used to scale the synthetic history's volatility (a month counts as 30 days). */
    long nominalMillis() {
        return isMonthly() ? 30 * 1440 * MINUTE : millis;
    }

    long bucketStart(long time) {
        if (isMonthly()) {
            ZonedDateTime local = Instant.ofEpochMilli(time).atZone(zone());
            return local.withDayOfMonth(1).toLocalDate().atStartOfDay(zone()).toInstant().toEpochMilli();
        }
        long anchor = isWeekly() ? FIRST_MONDAY : 0;
        return Math.floorDiv(time + zoneOffset - anchor, millis) * millis + anchor - zoneOffset;
    }

    long next(long bucketStart) {
        if (isMonthly()) {
            return Instant.ofEpochMilli(bucketStart).atZone(zone()).plusMonths(1).toInstant().toEpochMilli();
        }
        return bucketStart + millis;
    }

    long previous(long bucketStart) {
        if (isMonthly()) {
            return Instant.ofEpochMilli(bucketStart).atZone(zone()).minusMonths(1).toInstant().toEpochMilli();
        }
        return bucketStart - millis;
    }

    private boolean isMonthly() {
        return millis == 0;
    }

    private boolean isWeekly() {
        return millis == 10080 * MINUTE;
    }

    private ZoneOffset zone() {
        return ZoneOffset.ofTotalSeconds((int) (zoneOffset / 1000));
    }
}
