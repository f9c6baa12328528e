package io.github.camelbitget.examples.trading.autoflat;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * When the auto-flat recipe closes positions: from a UTC time of day until midnight, so that a position opened after
 * that time is closed too.
 */
public class FlatSchedule {

    private final Clock clock;
    private final LocalTime from;

    public FlatSchedule(Clock clock, LocalTime from) {
        this.clock = clock;
        this.from = from;
    }

    public boolean isFlatTime() {
        return !LocalTime.now(clock.withZone(ZoneOffset.UTC)).isBefore(from);
    }

    @Override
    public String toString() {
        return "flat from " + from + " UTC until midnight";
    }
}
