package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.Param;
import io.github.camelbitget.api.ParamSpec;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For every operation, in live and demo mode: the method and path of the Operation table (futures tickers for one
 * symbol use {@code /ticker}), a signature exactly when the operation is private, and the demo header exactly on
 * private demo requests.
 */
class WireContractTest extends WireMockBitgetTestSupport {

    private static final Map<Param, Object> SAMPLE_VALUES = Map.of(
            Param.SYMBOL, "BTCUSDT", Param.SIDE, "buy", Param.SIZE, "0.01", Param.LEVERAGE, "5",
            Param.MARGIN_MODE, "crossed", Param.POS_MODE, "one_way_mode", Param.ORDER_ID, "121",
            Param.NEW_SIZE, "0.02", Param.NEW_PRICE, "70000",
            Param.ORDER_LIST, List.of(Map.of("side", "buy", "size", "0.01")));

    @ParameterizedTest
    @EnumSource(Operation.class)
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
    @EnumSource(Operation.class)
    void demoHeaderOnlyOnPrivateRequests(Operation operation) {
        LoggedRequest request = call(operation, "demo");

        if (operation.requiresAuth()) {
            assertSigned(request);
            assertThat(request.getHeader("paptrading")).isEqualTo("1");
        } else {
            assertUnsigned(request);
        }
    }

    /** Headers that call an operation with valid sample values in the given mode. */
    static Map<String, Object> headersFor(Operation operation, String mode) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(BitgetConstants.OPERATION, operation.market() == null ? "serverTime" : operation.toString());
        headers.put(BitgetConstants.MODE, mode);
        for (ParamSpec spec : operation.params()) {
            if (SAMPLE_VALUES.containsKey(spec.param())) {
                headers.put(spec.param().headerName(), SAMPLE_VALUES.get(spec.param()));
            }
        }
        return headers;
    }

    private LoggedRequest call(Operation operation, String mode) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(envelope("null"))));
        Map<String, Object> headers = headersFor(operation, mode);
        String market = operation.market() == null ? "spot" : operation.market().uriName();
        Exchange exchange = template.request("bitget:" + market + "/serverTime", e -> e.getMessage().setHeaders(headers));
        assertThat(exchange.getException()).as(operation.toString()).isNull();
        return onlyRequest();
    }
}
