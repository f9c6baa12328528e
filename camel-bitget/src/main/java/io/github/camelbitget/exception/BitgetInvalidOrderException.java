package io.github.camelbitget.exception;

/**
 * The order breaks a contract rule: precision, minimum or maximum size or value, price band (40808, 41103, 45110, 45111, 43027, ...).
 */
public class BitgetInvalidOrderException extends BitgetApiException {

    public BitgetInvalidOrderException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
