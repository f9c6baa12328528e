package io.github.camelbitget.exception;

/**
 * Too many requests: HTTP 429 from Bitget.
 */
public class BitgetRateLimitException extends BitgetApiException {

    public BitgetRateLimitException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
