package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every operation of classic accounts, in live and demo mode: the method and path of the Operation table (futures tickers for one
 * symbol use {@code /ticker}), a signature exactly when the operation is private, and the demo header exactly on
 * private demo requests.
 */
class WireContractTest extends WireMockBitgetTestSupport {

    @ParameterizedTest
    @MethodSource("classicOperations")
    void liveRequestMatchesTheOperationTable(Operation operation) {
        LoggedRequest request = call(operation, "live");

        assertThat(request.getMethod().getName()).isEqualTo(operation.method());
        String path = operation == Operation.FUTURES_TICKERS ? "/api/v2/mix/market/ticker" : operation.path();
        assertThat(request.getUrl().split("\\?")[0]).isEqualTo(path);
        if (operation.requiresAuth()) {
            assertSigned(request);
        } else {
            assertUnsigned(request);
        }
        assertThat(request.containsHeader("paptrading")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("classicOperations")
    void demoHeaderOnlyOnPrivateRequests(Operation operation) {
        LoggedRequest request = call(operation, "demo");

        if (operation.requiresAuth()) {
            assertSigned(request);
            assertThat(request.getHeader("paptrading")).isEqualTo("1");
        } else {
            assertUnsigned(request);
        }
    }

    static Stream<Operation> classicOperations() {
        return Arrays.stream(Operation.values()).filter(Operation::hasClassicEndpoint);
    }

    private LoggedRequest call(Operation operation, String mode) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(envelope("null"))));
        Map<String, Object> headers = OperationSamples.headersFor(operation, mode);
        String market = operation.market() == null ? "spot" : operation.market().uriName();
        Exchange exchange = template.request("bitget:" + market + "/serverTime", e -> e.getMessage().setHeaders(headers));
        assertThat(exchange.getException()).as(operation.toString()).isNull();
        return onlyRequest();
    }
}
