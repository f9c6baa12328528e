package io.github.camelbitget.exception;

/**
 * The order's side, tradeSide or reduceOnly does not fit the account's one-way or hedge position mode (40774).
 */
public class BitgetPositionModeException extends BitgetApiException {

    public BitgetPositionModeException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
