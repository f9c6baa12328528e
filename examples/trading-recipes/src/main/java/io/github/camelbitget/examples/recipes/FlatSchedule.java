package io.github.camelbitget.examples.recipes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;


/**
 * When the auto-flat recipe closes everything: from a UTC time of day until midnight (the seed's 23:55), or, for
 * demos, once a given time has passed since start ({@code recipes.auto-flat.after}).
 */
public class FlatSchedule {

    private final Clock clock;
    private final Instant started;

    private LocalTime at = LocalTime.of(23, 55);
    private Duration after;

    public FlatSchedule() {
        this(Clock.systemUTC());
    }

    FlatSchedule(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** UTC time of day from which positions are closed, e.g. {@code 23:55}. */
    public void setAt(String at) {
        this.at = LocalTime.parse(at);
    }

    /** For demos: close positions once this ISO-8601 duration (e.g. {@code PT45S}) has passed since start. */
    public void setAfter(String after) {
        this.after = after == null || after.isBlank() ? null : Duration.parse(after);
    }

    public boolean isFlatTime() {
        Instant now = clock.instant();
        if (after != null) {
            return !now.isBefore(started.plus(after));
        }
        return !LocalTime.ofInstant(now, ZoneOffset.UTC).isBefore(at);
    }

    @Override
    public String toString() {
        return after != null ? "flat " + after.toSeconds() + " s after start" : "flat from " + at + " UTC";
    }
}
