package io.github.camelbitget.exception;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Root of every failure the Bitget component reports. Catch a subclass in {@code onException} to handle one kind of
 * failure without parsing messages.
 */
public abstract class BitgetException extends RuntimeCamelException implements HttpResponseAware {

    private int httpStatus;

    protected BitgetException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status of the response, or 0 when no response was received. */
    public int getHttpStatus() {
        return httpStatus;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    /** The HTTP status as text, e.g. {@code "400"}; Bitget's own code is in {@link BitgetApiException#getCode()}. */
    @Override
    public String getHttpResponseStatus() {
        return httpStatus == 0 ? null : Integer.toString(httpStatus);
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatus = status == null ? 0 : Integer.parseInt(status.trim());
    }
}
