package io.github.camelbitget.exception;

/**
 * Not enough balance or margin for the order (43012, 45002, 40711, 40712, 40754, 40798, 40800).
 */
public class BitgetInsufficientBalanceException extends BitgetApiException {

    public BitgetInsufficientBalanceException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
