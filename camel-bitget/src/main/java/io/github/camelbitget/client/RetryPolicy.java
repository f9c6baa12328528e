package io.github.camelbitget.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetTransportException;

/**
 * When a request is tried again: a read (GET) after a transport failure, an answer of HTTP 5xx or 429, or one of the
 * codes Bitget sends during its release windows; a write only after HTTP 429, which Bitget answers without processing
 * the request. Exponential backoff with jitter, honouring Retry-After.
 */
public record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay) {

    /** Codes Bitget answers while it deploys or is overloaded: the request may succeed a moment later. */
    static final Set<String> TRANSIENT_CODES = Set.of("40010", "40015", "40200", "40725", "45001");

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    boolean isTransient(Throwable failure) {
        if (failure instanceof BitgetTransportException) {
            return true;
        }
        if (failure instanceof BitgetRateLimitException rateLimit) {
            return !rateLimit.isClientSide();
        }
        return failure instanceof BitgetApiException api
               && (api.getHttpStatus() >= 500 || TRANSIENT_CODES.contains(api.getCode()));
    }

    /** Bitget refused the request unprocessed (HTTP 429): sending it again is safe, even for an order. */
    static boolean isRefused(Throwable failure) {
        return failure instanceof BitgetRateLimitException rateLimit && !rateLimit.isClientSide();
    }

    /** The pause before retry number {@code retry} (1 for the first retry). */
    Duration delay(int retry, Throwable failure) {
        if (failure instanceof BitgetRateLimitException rateLimit && rateLimit.getRetryAfter() != null) {
            return rateLimit.getRetryAfter();
        }
        long base = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << Math.min(retry - 1, 20));
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        return Duration.ofMillis(Math.round(base * jitter));
    }
}
