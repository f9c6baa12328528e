package io.github.camelbitget.examples.trading.api;

import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import io.github.camelbitget.exception.BitgetClockSkewException;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.exception.BitgetDuplicateClientOidException;
import io.github.camelbitget.exception.BitgetEnvironmentMismatchException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.exception.BitgetInvalidOrderException;
import io.github.camelbitget.exception.BitgetOrderNotFoundException;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.exception.BitgetValidationException;

/**
 * The HTTP status and error code of a component failure. The client's fault is 4xx: bad input 400, unknown order 404,
 * a clientOid used before 409, an order Bitget refused 422, too many requests 429. Bitget's or this service's fault is
 * 5xx: no usable answer from Bitget 502; Bitget refusing this service's own key, environment or clock 503; an order
 * whose fate is unknown 503, because the client should retry later with the same clientOid, which Bitget
 * deduplicates.
 */
record HttpError(int status, String code) {

    static HttpError of(BitgetException failure) {
        if (failure instanceof BitgetValidationException) {
            return new HttpError(400, "invalid_request");
        }
        if (failure instanceof BitgetOrderNotFoundException) {
            return new HttpError(404, "order_not_found");
        }
        if (failure instanceof BitgetDuplicateClientOidException) {
            return new HttpError(409, "duplicate_order");
        }
        if (failure instanceof BitgetInsufficientBalanceException) {
            return new HttpError(422, "insufficient_balance");
        }
        if (failure instanceof BitgetInvalidOrderException) {
            return new HttpError(422, "invalid_order");
        }
        if (failure instanceof BitgetPositionModeException) {
            return new HttpError(422, "position_mode");
        }
        if (failure instanceof BitgetRateLimitException) {
            return new HttpError(429, "rate_limited");
        }
        if (failure instanceof BitgetAuthenticationException || failure instanceof BitgetEnvironmentMismatchException
            || failure instanceof BitgetClockSkewException || failure instanceof BitgetCredentialsMissingException) {
            return new HttpError(503, "bitget_access");
        }
        if (failure instanceof BitgetApiException) {
            return new HttpError(422, "rejected");
        }
        if (failure instanceof BitgetTransportException) {
            return new HttpError(502, "upstream_error");
        }
        if (failure instanceof BitgetOrderStateUnknownException) {
            return new HttpError(503, "order_state_unknown");
        }
        return new HttpError(500, "internal_error");
    }

    boolean isServerError() {
        return status >= 500;
    }
}
