package io.github.camelbitget.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.model.FuturesOrderRequest;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client works on its own, without Camel, with a fixed clock for a reproducible signature. */
class BitgetClientTest {

    private static WireMockServer wireMock;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    private BitgetClient client() {
        return BitgetClient.builder().baseUrl(wireMock.baseUrl() + "/")
                .credentials(new BitgetCredentials("k", "bg-test-secret-0123456789", "p"))
                .serverClock(new ServerClock(() -> 1700000000000L)).accountType(AccountType.CLASSIC).build();
    }

    @Test
    void publicCallWithoutCamel() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/market/ticker")).willReturn(aResponse()
                .withBody("{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":5,"
                          + "\"data\":[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"76012.5\"}]}")));

        BitgetResponse response = client().execute(Operation.FUTURES_TICKERS, Mode.LIVE, Map.of("symbol", "btcusdt"));

        List<FuturesTicker> tickers = (List<FuturesTicker>) response.data();
        assertThat(tickers.get(0).lastPr()).isEqualTo(new BigDecimal("76012.5"));
        assertThat(response.requestTime()).isEqualTo(5L);
    }

    @Test
    void aCallThatNeedNotWaitIsAnsweredOnTheCallingThread() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/public/time")).willReturn(aResponse()
                .withBody("{\"code\":\"00000\",\"data\":{\"serverTime\":\"1700000000000\"}}")));

        CompletableFuture<BitgetResponse> answer = client().sendAsync(
                RequestPreparer.prepare(Operation.SERVER_TIME, Mode.LIVE, Map.of()));

        assertThat(answer).isCompleted();
    }

    @Test
    void aReadRetriedAfterItsBackoffIsSentFromTheClientsOwnThreads() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/market/ticker")).inScenario("backoff")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503).withBody("unavailable")));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/market/ticker")).inScenario("backoff")
                .whenScenarioStateIs("recovered").willReturn(aResponse()
                        .withBody("{\"code\":\"00000\",\"data\":[{\"symbol\":\"BTCUSDT\"}]}")));
        BitgetClient client = BitgetClient.builder().baseUrl(wireMock.baseUrl())
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(300), Duration.ofMillis(300))).build();

        CompletableFuture<String> answeredOn = client.sendAsync(RequestPreparer.prepare(Operation.FUTURES_TICKERS,
                Mode.LIVE, Map.of("symbol", "BTCUSDT"))).thenApply(response -> Thread.currentThread().getName());

        // neither the common pool, which must not block, nor the caller, which got its future back at once
        assertThat(answeredOn.join()).startsWith("bitget-client-");
        wireMock.resetScenarios();
    }

    @Test
    void signedOrderWithAFixedClockMatchesTheDocumentedVector() {
        wireMock.stubFor(post(urlPathEqualTo("/api/v2/mix/order/place-order")).willReturn(aResponse()
                .withBody("{\"code\":\"00000\",\"data\":{\"orderId\":\"1\",\"clientOid\":\"camel-0001\"}}")));
        FuturesOrderRequest order = FuturesOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("0.01"),
                new BigDecimal("60000")).withTradeSide("open").withClientOid("camel-0001")
                .withMarginMode(io.github.camelbitget.model.MarginMode.CROSSED);

        OrderResult result = (OrderResult) client().execute(Operation.FUTURES_PLACE_ORDER, Mode.LIVE,
                BitgetJson.toParameters(order)).data();

        LoggedRequest request = wireMock.findAll(anyRequestedFor(anyUrl())).get(wireMock.findAll(
                anyRequestedFor(anyUrl())).size() - 1);
        assertThat(request.getBodyAsString()).isEqualTo("{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
                + "\"marginMode\":\"crossed\",\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"price\":\"60000\","
                + "\"side\":\"buy\",\"tradeSide\":\"open\",\"orderType\":\"limit\",\"force\":\"gtc\","
                + "\"clientOid\":\"camel-0001\"}");
        assertThat(request.getHeader("ACCESS-TIMESTAMP")).isEqualTo("1700000000000");
        assertThat(request.getHeader("ACCESS-SIGN")).isEqualTo("qcNlAB5dMNO/fKaNdzXSLHY2wqfHsLCR+9kO4XC1FSE=");
        assertThat(request.getHeader("ACCESS-SIGN")).isEqualTo(WireMockBitgetTestSupport.hmacSha256Base64(
                "bg-test-secret-0123456789", "1700000000000POST/api/v2/mix/order/place-order"
                                             + request.getBodyAsString()));
        assertThat(result.clientOid()).isEqualTo("camel-0001");
    }

    @Test
    void apiErrorsAreThrownUnwrapped() {
        wireMock.stubFor(post(urlPathEqualTo("/api/v2/spot/trade/place-order")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"43012\",\"msg\":\"Insufficient balance\",\"data\":null}")));

        assertThatThrownBy(() -> client().execute(Operation.SPOT_PLACE_ORDER, Mode.LIVE,
                Map.of("symbol", "BTCUSDT", "side", "buy", "size", "100")))
                .isInstanceOf(BitgetInsufficientBalanceException.class);
    }
}
