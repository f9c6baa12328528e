package io.github.camelbitget.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RateLimit;
import io.github.camelbitget.exception.BitgetRateLimitException;

/**
 * Bitget's published request limits, kept on the client side so that Bitget never has to answer 429: one
 * {@link Pacer} per endpoint and API key (UID limits) or per endpoint (IP limits), plus one for the 6000 requests per
 * minute Bitget allows one IP in all. A request reserves its turn with every pacer it counts against, then checks in
 * when it really starts; share one instance between all clients of a process (the component does).
 */
public final class RateLimits {

    /** Bitget's overall cap per IP. */
    static final int REQUESTS_PER_MINUTE = 6000;

    /** A reserved turn: when it was planned, and the pacers it counts against. */
    record Permit(long plannedStart, Pacer endpoint, Pacer process) {
    }

    private final Map<String, Pacer> pacers = new HashMap<>();
    private final Pacer perMinute = new Pacer(REQUESTS_PER_MINUTE, Duration.ofMinutes(1));
    private final Map<String, Integer> overrides;
    private final LongSupplier nanoTime;

    /**
     * @param overrides requests per second by operation, replacing Bitget's published limits (copy traders and
     *                  elite accounts have lower ones): {@code placeOrder} (both markets) or {@code futures/placeOrder}
     */
    public RateLimits(Map<String, Integer> overrides) {
        this(overrides, System::nanoTime);
    }

    RateLimits(Map<String, Integer> overrides, LongSupplier nanoTime) {
        this.overrides = Map.copyOf(overrides);
        this.nanoTime = nanoTime;
    }

    /** Parses {@code placeOrder=1,futures/batchPlaceOrder=1}; blank gives no overrides. */
    public static Map<String, Integer> parseOverrides(String text) {
        Map<String, Integer> overrides = new HashMap<>();
        if (text == null || text.isBlank()) {
            return overrides;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split("=");
            Integer perSecond = parts.length == 2 ? positive(parts[1].trim()) : null;
            if (perSecond == null) {
                throw new IllegalArgumentException("Invalid option 'rateLimitOverrides': '" + entry.trim()
                                                   + "'; expected operation=requests per second, e.g. placeOrder=1"
                                                   + " or futures/batchPlaceOrder=1");
            }
            overrides.put(parts[0].trim().toLowerCase(Locale.ROOT), perSecond);
        }
        return overrides;
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reserves the earliest turn that keeps every limit.
     *
     * @throws BitgetRateLimitException when that turn is further away than {@code maxWait}; nothing is reserved then
     */
    public synchronized Permit reserve(PreparedRequest request, String apiKey, Duration maxWait) {
        long now = nanoTime.getAsLong();
        Pacer endpoint = pacer(request, apiKey);
        long start = Math.max(now, Math.max(endpoint.nextTurn(), perMinute.nextTurn()));
        Duration wait = Duration.ofNanos(start - now);
        if (wait.compareTo(maxWait) > 0) {
            throw BitgetRateLimitException.clientSide(request.context(),
                    endpoint.limit() + "/s per " + request.rateLimit().scope(), wait, maxWait);
        }
        endpoint.reserve(start);
        perMinute.reserve(start);
        return new Permit(start, endpoint, perMinute);
    }

    /** How long to wait before the planned start of a permit. */
    Duration untilPlanned(Permit permit) {
        return Duration.ofNanos(Math.max(0, permit.plannedStart() - nanoTime.getAsLong()));
    }

    /**
     * Called when a permit's request is about to start: zero when it may start now (and it is counted as started), or
     * how much longer to wait because another request started too recently.
     */
    synchronized Duration startNow(Permit permit) {
        long now = nanoTime.getAsLong();
        long earliest = Math.max(permit.endpoint().earliestStart(), permit.process().earliestStart());
        if (now < earliest) {
            return Duration.ofNanos(earliest - now);
        }
        permit.endpoint().started(now);
        permit.process().started(now);
        return Duration.ZERO;
    }

    /** Bitget answered 429: no request of this endpoint and account before {@code pause} is over. */
    public synchronized void tooManyRequests(PreparedRequest request, String apiKey, Duration pause) {
        pacer(request, apiKey).blockUntil(nanoTime.getAsLong() + pause.toNanos());
    }

    private Pacer pacer(PreparedRequest request, String apiKey) {
        RateLimit limit = request.rateLimit();
        String key = (limit.scope() == RateLimit.Scope.UID ? "uid:" + apiKey : "ip") + " " + request.path();
        return pacers.computeIfAbsent(key, k -> new Pacer(perSecond(request.operation(), limit), Duration.ofSeconds(1)));
    }

    private int perSecond(Operation operation, RateLimit published) {
        Integer override = overrides.get(operation.toString().toLowerCase(Locale.ROOT));
        if (override == null) {
            override = overrides.get(operation.operationName().toLowerCase(Locale.ROOT));
        }
        return override != null ? override : published.perSecond();
    }
}
