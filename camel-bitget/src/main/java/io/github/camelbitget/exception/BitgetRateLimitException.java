package io.github.camelbitget.exception;

import java.time.Duration;

/**
 * Too many requests: Bitget answered HTTP 429, or the component's own limiter would have had to wait longer than
 * {@code rateLimitMaxWait} for a permit (then nothing was sent, and {@link #isClientSide()} is true).
 */
public class BitgetRateLimitException extends BitgetApiException {

    private final Duration retryAfter;
    private final boolean clientSide;

    public BitgetRateLimitException(String code, String detail, RequestContext context, int httpStatus,
                                    Long requestTime) {
        this(code, detail, context, httpStatus, requestTime, null);
    }

    public BitgetRateLimitException(String code, String detail, RequestContext context, int httpStatus,
                                    Long requestTime, Duration retryAfter) {
        super(code, detail, context, httpStatus, requestTime);
        this.retryAfter = retryAfter;
        this.clientSide = false;
    }

    private BitgetRateLimitException(String message, RequestContext context) {
        super(message, BitgetErrors.RATE_LIMITED, message, context, 0, null);
        this.retryAfter = null;
        this.clientSide = true;
    }

    /** The component's limiter refused to wait that long for a permit; nothing was sent. */
    public static BitgetRateLimitException clientSide(RequestContext context, String limit, Duration wait,
                                                      Duration maxWait) {
        return new BitgetRateLimitException("Bitget's limit of " + limit + " for " + context.operation()
                                            + " would delay this request by " + wait.toMillis() + " ms, more than"
                                            + " rateLimitMaxWait (" + maxWait.toMillis() + " ms); nothing was sent",
                context);
    }

    /** Bitget's Retry-After, when it sent one. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** True when the component refused to send, false when Bitget answered 429. */
    public boolean isClientSide() {
        return clientSide;
    }
}
