package io.github.camelbitget.exception;

/**
 * The API key, passphrase, signature, permissions or IP whitelist were rejected (40001-40003, 40006, 40009, 40011, 40012, 40014, 40018, 40036-40038).
 */
public class BitgetAuthenticationException extends BitgetApiException {

    public BitgetAuthenticationException(String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        super(code, detail, context, httpStatus, requestTime);
    }
}
