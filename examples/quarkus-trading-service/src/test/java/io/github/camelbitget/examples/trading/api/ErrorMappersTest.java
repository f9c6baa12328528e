package io.github.camelbitget.examples.trading.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.exception.BitgetDuplicateClientOidException;
import io.github.camelbitget.exception.BitgetEnvironmentMismatchException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.exception.BitgetInvalidOrderException;
import io.github.camelbitget.exception.BitgetJournalException;
import io.github.camelbitget.exception.BitgetOrderNotFoundException;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.exception.RequestContext;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/** The failures the simulator cannot be made to produce over HTTP: every component exception's status and body. */
class ErrorMappersTest {

    private static final RequestContext PLACE_ORDER = new RequestContext("futures/placeOrder", "POST",
            "/api/v2/mix/order/place-order", Map.of("symbol", "BTCUSDT"));

    private static BitgetApiException refused(String code) {
        return new BitgetApiException(code, "refused", PLACE_ORDER, 400, 1L);
    }

    private static RestResponse<ErrorBody> answer(BitgetException failure) {
        return new ErrorMappers().bitget(failure);
    }

    @Test
    void everyKindOfFailureHasItsStatusAndCode() {
        Map<BitgetException, String> expected = Map.ofEntries(
                Map.entry(new BitgetValidationException("size", "size must be a decimal"), "400 invalid_request"),
                Map.entry(new BitgetOrderNotFoundException("22001", "No order", PLACE_ORDER, 400, 1L),
                        "404 order_not_found"),
                Map.entry(new BitgetDuplicateClientOidException("43118", "duplicate", PLACE_ORDER, 400, 1L),
                        "409 duplicate_order"),
                Map.entry(new BitgetInsufficientBalanceException("43012", "no", PLACE_ORDER, 400, 1L),
                        "422 insufficient_balance"),
                Map.entry(new BitgetInvalidOrderException("45111", "too small", PLACE_ORDER, 400, 1L),
                        "422 invalid_order"),
                Map.entry(new BitgetPositionModeException("40774", "mode", PLACE_ORDER, 400, 1L), "422 position_mode"),
                Map.entry(refused("22002"), "422 rejected"),
                Map.entry(new BitgetRateLimitException("429", "slow down", PLACE_ORDER, 429, 1L), "429 rate_limited"),
                Map.entry(new BitgetAuthenticationException("40012", "bad key", PLACE_ORDER, 400, 1L),
                        "503 bitget_access"),
                Map.entry(new BitgetEnvironmentMismatchException("40099", "demo key", PLACE_ORDER, 400, 1L),
                        "503 bitget_access"),
                Map.entry(new BitgetCredentialsMissingException("futures/placeOrder"), "503 bitget_access"),
                Map.entry(new BitgetTransportException("Cannot connect to Bitget", PLACE_ORDER, 0, null,
                        new IOException("refused")), "502 upstream_error"),
                Map.entry(new BitgetOrderStateUnknownException("cb1", "futures/placeOrder", "no answer", null),
                        "503 order_state_unknown"),
                Map.entry(new BitgetJournalException("futures/placeOrder", new IOException("disk full")),
                        "500 internal_error"));

        expected.forEach((failure, statusAndCode) -> {
            RestResponse<ErrorBody> response = answer(failure);
            assertThat(response.getStatus() + " " + response.getEntity().code()).as(failure.getClass().getSimpleName())
                    .isEqualTo(statusAndCode);
        });
    }

    @Test
    void bitgetsRefusalCarriesItsCodeAndMessage() {
        ErrorBody body = answer(refused("22002")).getEntity();

        assertThat(body.bitgetCode()).isEqualTo("22002");
        assertThat(body.message()).isEqualTo("refused");
    }

    @Test
    void tooManyRequestsSaysWhenToComeBack() {
        RestResponse<ErrorBody> response = answer(new BitgetRateLimitException("429", "slow down", PLACE_ORDER, 429,
                1L, Duration.ofMillis(1500)));

        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    }

    @Test
    void anOrderOfUnknownFateNamesItsClientOid() {
        ErrorBody body = answer(new BitgetOrderStateUnknownException("cb42", "futures/placeOrder", "no answer", null))
                .getEntity();

        assertThat(body.clientOid()).isEqualTo("cb42");
        assertThat(body.message()).contains("cb42");
    }
}
