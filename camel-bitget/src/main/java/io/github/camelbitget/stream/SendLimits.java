package io.github.camelbitget.stream;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * Bitget's limits on what one connection sends (bitget-api.md §7.1): at most 10 messages per second, pings included
 * (exceeding it disconnects), and at most 240 subscribe requests per hour. Messages are kept {@link #SPACING} apart,
 * which allows 8 per second and leaves headroom for network jitter. Not thread-safe: the socket guards it.
 */
final class SendLimits {

    static final Duration SPACING = Duration.ofMillis(125);
    static final int SUBSCRIBES_PER_HOUR = 240;
    private static final long HOUR_NANOS = Duration.ofHours(1).toNanos();

    private final ArrayDeque<Long> subscribeTimes = new ArrayDeque<>();
    private final int subscribesPerHour;
    private long lastSend = Long.MIN_VALUE;

    SendLimits() {
        this(SUBSCRIBES_PER_HOUR);
    }

    /** Limits with another hourly subscribe budget, to see the budget run out in a test. */
    SendLimits(int subscribesPerHour) {
        this.subscribesPerHour = subscribesPerHour;
    }

    /** Nanoseconds from {@code now} until the next message may go; 0 when it may go now. */
    long waitForMessage(long now) {
        return lastSend == Long.MIN_VALUE ? 0 : Math.max(0, lastSend + SPACING.toNanos() - now);
    }

    /** Nanoseconds from {@code now} until another subscribe request is within the hourly limit. */
    long waitForSubscribe(long now) {
        while (!subscribeTimes.isEmpty() && subscribeTimes.peekFirst() <= now - HOUR_NANOS) {
            subscribeTimes.pollFirst();
        }
        return subscribeTimes.size() < subscribesPerHour ? 0 : subscribeTimes.peekFirst() + HOUR_NANOS - now;
    }

    void sent(long now, boolean subscribe) {
        lastSend = now;
        if (subscribe) {
            subscribeTimes.addLast(now);
        }
    }
}
