package io.github.camelbitget.simulator;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Bitget's limits as sliding windows: at most N requests in ANY one-second window per endpoint and caller
 * (IP for public endpoints, UID for private ones), and 6000 per minute per IP over all endpoints.
 * Requests that are refused do not count. Bitget's 5-minute penalty after the per-minute cap is not modelled.
 */
final class RateLimiter {

    private static final int IP_LIMIT_PER_MINUTE = 6000;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();
    private volatile boolean enabled;

    RateLimiter(boolean enabled) {
        this.enabled = enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isEnabled() {
        return enabled;
    }

    void checkIp(String ip, long nanos) {
        check("ip:" + ip, IP_LIMIT_PER_MINUTE, MINUTE, nanos);
    }

    void checkEndpoint(Endpoint endpoint, String caller, long nanos) {
        check(endpoint.path() + '|' + caller, endpoint.limitPerSecond(), SECOND, nanos);
    }

    private synchronized void check(String key, int limit, long window, long nanos) {
        if (!enabled) {
            return;
        }
        ArrayDeque<Long> arrivals = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!arrivals.isEmpty() && nanos - arrivals.peekFirst() >= window) {
            arrivals.pollFirst();
        }
        if (arrivals.size() >= limit) {
            throw BitgetError.tooManyRequests();
        }
        arrivals.addLast(nanos);
    }

    synchronized void clear() {
        windows.clear();
    }
}
