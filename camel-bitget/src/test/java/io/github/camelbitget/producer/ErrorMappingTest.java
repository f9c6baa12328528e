package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import io.github.camelbitget.exception.BitgetClockSkewException;
import io.github.camelbitget.exception.BitgetDuplicateClientOidException;
import io.github.camelbitget.exception.BitgetEnvironmentMismatchException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.exception.BitgetInvalidOrderException;
import io.github.camelbitget.exception.BitgetOrderNotFoundException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bitget's error answers become typed exceptions with code, detail, context, HTTP status and request time. */
class ErrorMappingTest extends WireMockBitgetTestSupport {

    /** A write that is never retried nor recovered, so each Bitget answer maps straight to the exception. */
    private static final String SET_LEVERAGE = "bitget:futures/setLeverage?symbol=BTCUSDT&leverage=5";

    static Stream<Arguments> bitgetErrors() {
        return Stream.of(
                Arguments.of("40009", "sign signature error", BitgetAuthenticationException.class),
                Arguments.of("40006", "Invalid ACCESS_KEY", BitgetAuthenticationException.class),
                Arguments.of("40012", "apikey/password is incorrect", BitgetAuthenticationException.class),
                Arguments.of("40008", "Request timestamp expired", BitgetClockSkewException.class),
                Arguments.of("43012", "Insufficient balance", BitgetInsufficientBalanceException.class),
                Arguments.of("40768", "Order does not exist", BitgetOrderNotFoundException.class),
                Arguments.of("43118", "clientOrderId duplicate", BitgetDuplicateClientOidException.class),
                Arguments.of("40774", "The order type for unilateral position must also be the unilateral"
                                      + " position type.", BitgetPositionModeException.class),
                Arguments.of("45110", "less than the minimum amount 5 USDT", BitgetInvalidOrderException.class),
                Arguments.of("40808", "Parameter verification exception size checkBDScale error value=0.0105"
                                      + " checkScale=3", BitgetInvalidOrderException.class),
                Arguments.of("40099", "exchange environment is incorrect", BitgetEnvironmentMismatchException.class),
                Arguments.of("40034", "Parameter does not exist", BitgetApiException.class));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("bitgetErrors")
    void errorCodesMapToTypedExceptions(String code, String msg, Class<? extends BitgetApiException> type) {
        stubError(400, code, msg);

        Exchange exchange = template.request(SET_LEVERAGE, null);

        BitgetApiException error = exchange.getException(BitgetApiException.class);
        assertThat(error).isExactlyInstanceOf(type);
        assertThat(error.getCode()).isEqualTo(code);
        assertThat(error.getDetail()).isEqualTo(msg);
        assertThat(error.getHttpStatus()).isEqualTo(400);
        assertThat(error.getHttpResponseCode()).isEqualTo(400);
        assertThat(error.getRequestTime()).isEqualTo(REQUEST_TIME);
        assertThat(error.getContext().operation()).isEqualTo("futures/setLeverage");
        assertThat(error.getContext().method()).isEqualTo("POST");
        assertThat(error.getContext().path()).isEqualTo("/api/v2/mix/account/set-leverage");
        assertThat(error.getContext().parameters()).containsEntry("symbol", "BTCUSDT").containsEntry("leverage", "5");
        assertThat(error.getMessage()).isEqualTo("Bitget error " + code + " on futures/setLeverage (POST"
                                                 + " /api/v2/mix/account/set-leverage): " + msg);
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void errorWithMessageFieldAndNumericCode() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":43012,\"message\":\"Insufficient balance\",\"data\":null}")));

        BitgetApiException error = template.request(SET_LEVERAGE, null).getException(BitgetApiException.class);

        assertThat(error).isInstanceOf(BitgetInsufficientBalanceException.class);
        assertThat(error.getCode()).isEqualTo("43012");
        assertThat(error.getDetail()).isEqualTo("Insufficient balance");
        assertThat(error.getRequestTime()).isNull();
    }

    @Test
    void tooManyRequestsWithBitgetBody() {
        stubError(429, "429", "Too Many Requests");

        BitgetRateLimitException error = template.request("bitget:futures/positions?retryAttempts=0", null)
                .getException(BitgetRateLimitException.class);

        assertThat(error.getCode()).isEqualTo("429");
        assertThat(error.getDetail()).isEqualTo("Too Many Requests");
        assertThat(error.getHttpStatus()).isEqualTo(429);
    }

    @Test
    void tooManyRequestsWithoutABody() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)));

        BitgetRateLimitException error = template.request("bitget:futures/tickers?retryAttempts=0", null)
                .getException(BitgetRateLimitException.class);

        assertThat(error.getCode()).isEqualTo("429");
        assertThat(error.getHttpStatus()).isEqualTo(429);
    }

    @Test
    void htmlBadGatewayIsATransportFailureWithStatusAndExcerpt() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1>\n<p>cloudflare</p></body></html>")));

        BitgetTransportException error = template.request(SET_LEVERAGE, null)
                .getException(BitgetTransportException.class);

        assertThat(error.getHttpStatus()).isEqualTo(502);
        assertThat(error.getBodyExcerpt()).isEqualTo("<html><body><h1>502 Bad Gateway</h1> <p>cloudflare</p></body>"
                                                     + "</html>");
        assertThat(error.getMessage()).startsWith("Unreadable response from Bitget on futures/setLeverage (POST"
                                                  + " /api/v2/mix/account/set-leverage), HTTP 502");
        assertThat(error.getContext().operation()).isEqualTo("futures/setLeverage");
        assertThat(wireMock.getAllServeEvents()).as("writes are not retried").hasSize(1);
    }

    @Test
    void emptyTruncatedAndMisshapenAnswersAreTransportFailures() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("")));
        assertThat(template.request("bitget:futures/tickers?retryAttempts=0", null).getException())
                .isInstanceOf(BitgetTransportException.class).hasMessageStartingWith("Empty response from Bitget");

        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withBody("{\"code\":\"00000\",\"msg\":\"success\",\"data\":[{\"symbol\":\"BTC")));
        assertThat(template.request("bitget:futures/tickers?retryAttempts=0", null).getException())
                .isInstanceOf(BitgetTransportException.class).hasMessageStartingWith("Unreadable response");

        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withBody("{\"code\":\"00000\",\"msg\":\"success\",\"data\":\"maintenance\"}")));
        assertThat(template.request("bitget:futures/tickers?retryAttempts=0", null).getException())
                .isInstanceOf(BitgetTransportException.class);

        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));
        assertThat(template.request("bitget:futures/tickers?retryAttempts=0", null).getException())
                .isInstanceOf(BitgetTransportException.class);
    }

    @Test
    void dataBeforeCodeAndMissingDataAreRead() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withBody("{\"data\":{\"serverTime\":\"1731000000999\"},\"requestTime\":\"1731000000999\","
                          + "\"code\":\"00000\"}")));
        assertThat(template.requestBody("bitget:spot/serverTime", (Object) null).toString())
                .isEqualTo("ServerTime[serverTime=1731000000999]");

        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"code\":\"00000\"}")));
        assertThat(template.requestBody("bitget:spot/tickers", (Object) null, java.util.List.class)).isEmpty();
    }

    @Test
    void connectionResetIsATransportFailureWithoutStatus() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        BitgetException error = template.request(SET_LEVERAGE, null).getException(BitgetException.class);

        assertThat(error).isInstanceOf(BitgetTransportException.class);
        assertThat(error.getHttpStatus()).isZero();
        assertThat(error.getMessage()).startsWith("Connection to Bitget failed");
    }

    @Test
    void unreachableHostIsATransportFailure() {
        Exchange exchange = template.request("bitget:futures/tickers?retryAttempts=0&baseUrl=http://127.0.0.1:9", null);

        assertThat(exchange.getException()).isInstanceOf(BitgetTransportException.class)
                .hasMessageStartingWith("Cannot connect to Bitget at http://127.0.0.1:9");
    }

    @Test
    void slowAnswerTimesOut() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(2000)
                .withBody(envelope("[]"))));

        Exchange exchange = template.request("bitget:futures/tickers?retryAttempts=0&requestTimeout=200", null);

        assertThat(exchange.getException()).isInstanceOf(BitgetTransportException.class)
                .hasMessageStartingWith("No answer from Bitget within 200 ms");
    }
}
