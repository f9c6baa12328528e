package io.github.camelbitget.simulator;

import java.time.Duration;

/**
 * WebSocket behaviour: how often market channels push, and the per-connection limits (Bitget's by default,
 * bitget-api.md §7.1).
 */
record StreamSettings(Duration pushInterval, int messagesPerSecond, int subscribeRequestsPerHour, int maxChannels,
                      Duration pingTimeout, Duration maxConnectionAge) {

    static final StreamSettings BITGET = new StreamSettings(Duration.ofMillis(100), 10, 240, 1000,
            Duration.ofMinutes(2), Duration.ofHours(24));

    StreamSettings {
        positive(pushInterval, "stream interval");
        positive(pingTimeout, "ping timeout");
        positive(maxConnectionAge, "max connection age");
        if (messagesPerSecond < 1 || subscribeRequestsPerHour < 1 || maxChannels < 1) {
            throw new IllegalArgumentException("stream limits must be positive");
        }
    }

    private static void positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    StreamSettings withPushInterval(Duration interval) {
        return new StreamSettings(interval, messagesPerSecond, subscribeRequestsPerHour, maxChannels, pingTimeout, maxConnectionAge);
    }

    StreamSettings withLimits(int perSecond, int subscribesPerHour, int channels) {
        return new StreamSettings(pushInterval, perSecond, subscribesPerHour, channels, pingTimeout, maxConnectionAge);
    }

    StreamSettings withPingTimeout(Duration timeout) {
        return new StreamSettings(pushInterval, messagesPerSecond, subscribeRequestsPerHour, maxChannels, timeout, maxConnectionAge);
    }

    StreamSettings withMaxConnectionAge(Duration age) {
        return new StreamSettings(pushInterval, messagesPerSecond, subscribeRequestsPerHour, maxChannels, pingTimeout, age);
    }
}
