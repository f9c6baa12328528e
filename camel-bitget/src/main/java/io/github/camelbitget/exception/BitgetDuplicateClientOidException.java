package io.github.camelbitget.exception;

/**
 * An order with this clientOid exists already (43118, 45034, 50060, 40786): the order was placed before.
 */
public class BitgetDuplicateClientOidException extends BitgetApiException {

    public BitgetDuplicateClientOidException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
