package io.github.camelbitget.exception;

/**
 * The order does not exist or can no longer be cancelled (40109, 40768, 43001, 43004, 43025, 45057, 22001, 80011).
 */
public class BitgetOrderNotFoundException extends BitgetApiException {

    public BitgetOrderNotFoundException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
