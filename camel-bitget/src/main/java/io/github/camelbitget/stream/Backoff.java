package io.github.camelbitget.stream;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pause before reconnect attempt {@code n} (0 based): {@code initial * 2^n}, capped at {@code max}, then a random
 * part of it (50 to 100 %) so that many clients cut off together do not come back together.
 */
record Backoff(Duration initial, Duration max) {

    Duration delay(int attempt) {
        long cap = max.toMillis();
        long exponential = initial.toMillis() << Math.min(attempt, 20);
        long ceiling = Math.min(cap, exponential < 0 ? cap : exponential);
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + ThreadLocalRandom.current().nextLong(ceiling - floor + 1));
    }
}
