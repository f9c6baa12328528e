package io.github.camelbitget.exception;

/**
 * The request timestamp was outside Bitget's 30 second window (40004, 40005, 40008); the local clock drifts from Bitget's.
 */
public class BitgetClockSkewException extends BitgetApiException {

    public BitgetClockSkewException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
