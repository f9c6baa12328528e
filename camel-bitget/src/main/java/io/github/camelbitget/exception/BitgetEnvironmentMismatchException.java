package io.github.camelbitget.exception;

/**
 * A demo key was used for live trading or the reverse (40099): check the mode option.
 */
public class BitgetEnvironmentMismatchException extends BitgetApiException {

    public BitgetEnvironmentMismatchException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
