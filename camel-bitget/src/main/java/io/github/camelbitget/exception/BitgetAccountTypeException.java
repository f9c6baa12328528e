package io.github.camelbitget.exception;

/**
 * The request went to the other API family than the account speaks: a classic account on the v3 API ({@code 40084},
 * {@code 25245}) or a unified account on the v2 API ({@code 40085}). With {@code accountType=auto} the component asks
 * Bitget again and sends the request once more; this exception reaches a route when the account type is fixed by
 * configuration or the account changed again meanwhile. Bitget did not execute the request.
 */
public class BitgetAccountTypeException extends BitgetApiException {

    public BitgetAccountTypeException(String code, String detail, RequestContext context, int httpStatus,
                                      Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
