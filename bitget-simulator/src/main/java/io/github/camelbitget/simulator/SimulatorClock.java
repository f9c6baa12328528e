package io.github.camelbitget.simulator;

import java.time.Duration;

/** The simulator's "now": the machine clock plus an adjustable skew (a fault that tests inject). */
final class SimulatorClock {

    private volatile long skewMillis;

    long now() {
        return System.currentTimeMillis() + skewMillis;
    }

    void skew(Duration skew) {
        this.skewMillis = skew.toMillis();
    }

    Duration skew() {
        return Duration.ofMillis(skewMillis);
    }
}
