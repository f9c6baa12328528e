package io.github.camelbitget.simulator;

/**
 * Numeric string ids like Bitget's ({@code "1251234567890123456"}): time-ordered, so a larger id is a newer
 * order or trade, which the {@code idLessThan} cursors rely on.
 */
final class Ids {

    private static final long EPOCH = 1_500_000_000_000L;

    private final SimulatorClock clock;
    private long last;

    Ids(SimulatorClock clock) {
        this.clock = clock;
    }

    synchronized String next() {
        last = Math.max(last + 1, (clock.now() - EPOCH) << 22);
        return Long.toString(last);
    }
}
