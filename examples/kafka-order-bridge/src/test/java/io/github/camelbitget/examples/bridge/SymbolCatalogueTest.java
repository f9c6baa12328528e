package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SymbolCatalogueTest {

    private final MovingClock clock = new MovingClock();
    private final List<String> loads = new ArrayList<>();
    private Set<String> listed = Set.of("BTCUSDT");
    private final SymbolCatalogue catalogue = new SymbolCatalogue(market -> {
        loads.add(market);
        return listed;
    }, Duration.ofMinutes(5), clock);

    @Test
    void findsANewListingOnceTheListIsOlderThanTheRefreshTime() {
        assertThat(catalogue.lists("USDT-FUTURES", "BTCUSDT")).isTrue();
        listed = Set.of("BTCUSDT", "NEWUSDT");
        assertThat(catalogue.lists("USDT-FUTURES", "NEWUSDT")).as("the list is fresh").isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(6));

        assertThat(catalogue.lists("USDT-FUTURES", "NEWUSDT")).isTrue();
        assertThat(catalogue.lists(SymbolCatalogue.SPOT, "BTCUSDT")).isTrue();
        assertThat(loads).containsExactly("USDT-FUTURES", "USDT-FUTURES", "SPOT");
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
