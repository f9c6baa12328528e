package io.github.camelbitget.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The WebSocket faults of {@link Faults}, read by {@link Streams}. */
final class StreamFaults {

    private final Set<String> corruptChecksums = ConcurrentHashMap.newKeySet();
    private volatile Runnable dropper = () -> { };
    private volatile boolean stalling;
    private volatile long stallEndNanos;

    void onDrop(Runnable dropAll) {
        this.dropper = dropAll;
    }

    void drop() {
        dropper.run();
    }

    void stall(Duration duration) {
        stallEndNanos = System.nanoTime() + duration.toNanos();
        stalling = true;
    }

    boolean stalled() {
        if (stalling && System.nanoTime() - stallEndNanos >= 0) {
            stalling = false;
        }
        return stalling;
    }

    void corruptNextChecksum(String instType, String symbol) {
        corruptChecksums.add(key(instType, symbol));
    }

    /** True once after {@link #corruptNextChecksum} for the instrument. */
    boolean claimCorruptChecksum(String instType, String symbol) {
        return corruptChecksums.remove(key(instType, symbol));
    }

    void clear() {
        corruptChecksums.clear();
        stalling = false;
    }

    private static String key(String instType, String symbol) {
        return instType.toUpperCase(Locale.ROOT) + '|' + symbol;
    }
}
