package io.github.camelbitget.examples.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import io.github.camelbitget.examples.trading.autoflat.FlatSchedule;
import org.junit.jupiter.api.Test;

class FlatScheduleTest {

    private static FlatSchedule at(String utcInstant) {
        return new FlatSchedule(Clock.fixed(Instant.parse(utcInstant), ZoneId.of("Asia/Tokyo")), LocalTime.of(23, 55));
    }

    @Test
    void flatFromTheGivenUtcTimeUntilMidnight() {
        assertThat(at("2026-03-02T23:54:59Z").isFlatTime()).isFalse();
        assertThat(at("2026-03-02T23:55:00Z").isFlatTime()).isTrue();
        assertThat(at("2026-03-02T23:59:59Z").isFlatTime()).isTrue();
        assertThat(at("2026-03-03T00:00:00Z").isFlatTime()).isFalse();
    }
}
