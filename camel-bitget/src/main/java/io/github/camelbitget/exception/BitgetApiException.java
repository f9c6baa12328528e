package io.github.camelbitget.exception;

/**
 * Bitget answered with an error code (the envelope's {@code code} is not {@code 00000}), or with HTTP 429. The Camel
 * form of the original SDK's {@code BitgetAPIError(code, detail, context)}.
 */
public class BitgetApiException extends BitgetException {

    private final String code;
    private final String detail;
    private final RequestContext context;
    private final Long requestTime;

    public BitgetApiException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        this(message(code, detail, context), code, detail, context, httpStatus, requestTime);
    }

    protected BitgetApiException(String message, String code, String detail, RequestContext context, int httpStatus,
                                 Long requestTime) {
        super(message, httpStatus, null);
        this.code = code;
        this.detail = detail;
        this.context = context;
        this.requestTime = requestTime;
    }

    private static String message(String code, String detail, RequestContext context) {
        return "Bitget error " + code + " on " + context.operation() + " (" + context.method() + " " + context.path()
               + "): " + detail;
    }

    /** Bitget's error code as a string, e.g. {@code "43012"}, or {@code "429"} when rate limited. */
    public String getCode() {
        return code;
    }

    /** Bitget's {@code msg}. */
    public String getDetail() {
        return detail;
    }

    /** The operation, method, path and parameters of the failed call. */
    public RequestContext getContext() {
        return context;
    }

    /** Bitget's {@code requestTime} (epoch milliseconds), or null when the response had none. */
    public Long getRequestTime() {
        return requestTime;
    }
}
