package io.github.camelbitget.exception;

/**
 * No usable answer from Bitget: connection failure, timeout, or a response that is not Bitget's JSON envelope (an
 * HTML error page, an empty or truncated body). Carries the HTTP status (0 without a response) and an excerpt of the
 * body.
 */
public class BitgetTransportException extends BitgetException {

    private final RequestContext context;
    private final String bodyExcerpt;

    public BitgetTransportException(String message, RequestContext context, int httpStatus, String bodyExcerpt,
                                    Throwable cause) {
        super(message + " on " + context.operation() + " (" + context.method() + " " + context.path() + ")"
              + (httpStatus > 0 ? ", HTTP " + httpStatus : "")
              + (bodyExcerpt == null || bodyExcerpt.isEmpty() ? "" : ", body: " + bodyExcerpt),
              httpStatus, cause);
        this.context = context;
        this.bodyExcerpt = bodyExcerpt;
    }

    public RequestContext getContext() {
        return context;
    }

    /** The first characters of the response body, or null without a response. */
    public String getBodyExcerpt() {
        return bodyExcerpt;
    }
}
