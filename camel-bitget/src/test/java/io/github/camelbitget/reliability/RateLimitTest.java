package io.github.camelbitget.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Bitget's limits are kept on the client side: never more than the limit in any one-second window. */
class RateLimitTest extends WireMockBitgetTestSupport {

    /** Most requests seen in any window of one second (inclusive of its start, exclusive of its end). */
    private static int busiestSecond(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        int busiest = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= 1000) {
                from++;
            }
            busiest = Math.max(busiest, to - from + 1);
        }
        return busiest;
    }

    /** Arrival times at the server, oldest first. */
    private static List<Long> arrivalTimes(String pathPrefix) {
        return wireMock.getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getUrl().startsWith(pathPrefix))
                .map(request -> request.getLoggedDate().getTime()).sorted().toList();
    }

    /**
     * Opens the HTTP connection first: pacing spaces the moments requests leave, and the first request on a new
     * connection arrives later than the rest by the connection set-up.
     */
    private void warmUp() {
        stubGet("/api/v2/public/time", "{\"serverTime\":\"1\"}");
        template.requestBody("bitget:spot/serverTime", (Object) null);
    }

    @Test
    void concurrentCallsStayWithinTheEndpointsLimit() throws Exception {
        stubGet("/api/v2/spot/account/assets", "[]");
        warmUp();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> template.requestBody("bitget:spot/assets", (Object) null), threads));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }

        List<Long> times = arrivalTimes("/api/v2/spot/account/assets");
        assertThat(times).hasSize(25);
        assertThat(busiestSecond(times)).as("spot assets allow 10 requests per second").isLessThanOrEqualTo(10);
        assertThat(java.util.Collections.max(times) - java.util.Collections.min(times)).isGreaterThanOrEqualTo(2400);
    }

    @Test
    void endpointsOfOneComponentShareTheLimit() {
        stubGet("/api/v2/mix/position/all-position", "[]");
        warmUp();

        for (int i = 0; i < 8; i++) {
            template.requestBody("bitget:futures/positions" + (i % 2 == 0 ? "" : "?marginCoin=USDT"), (Object) null);
        }

        assertThat(busiestSecond(arrivalTimes("/api/v2/mix/position"))).isLessThanOrEqualTo(5);
    }

    @Test
    void overridesLowerTheLimit() {
        context.getComponent("bitget", BitgetComponent.class).setRateLimitOverrides("futures/tickers=2");
        stubGet("/api/v2/mix/market/tickers", "[]");
        warmUp();

        for (int i = 0; i < 5; i++) {
            template.requestBody("bitget:futures/tickers", (Object) null);
        }

        assertThat(busiestSecond(arrivalTimes("/api/v2/mix/market/tickers"))).isLessThanOrEqualTo(2);
    }

    @Test
    void tooLongAWaitFailsWithoutSending() {
        stubGet("/api/v2/mix/position/all-position", "[]");

        List<Exchange> results = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            results.add(template.request("bitget:futures/positions?rateLimitMaxWait=0", null));
        }

        List<Exception> refused = results.stream().map(Exchange::getException).filter(e -> e != null).toList();
        assertThat(refused).isNotEmpty().allSatisfy(error -> {
            assertThat(error).isInstanceOf(BitgetRateLimitException.class)
                    .hasMessageContaining("limit of 5/s per UID for futures/positions");
            assertThat(((BitgetRateLimitException) error).isClientSide()).isTrue();
        });
        assertThat(arrivalTimes("/api/v2/mix/position")).hasSize(7 - refused.size());
    }

    @Test
    void aTooManyRequestsAnswerPausesTheEndpoint() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/market/tickers")).inScenario("429")
                .whenScenarioStateIs(STARTED).willSetStateTo("ok").willReturn(aResponse().withStatus(429)
                        .withHeader("Retry-After", "1").withBody("{\"code\":\"429\",\"msg\":\"Too Many Requests\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/market/tickers")).inScenario("429")
                .whenScenarioStateIs("ok").willReturn(aResponse().withBody(envelope("[]"))));

        Exchange first = template.request("bitget:futures/tickers?retryAttempts=0", null);
        Exchange second = template.request("bitget:futures/tickers?retryAttempts=0", null);

        assertThat(first.getException()).isInstanceOf(BitgetRateLimitException.class);
        assertThat(second.getException()).isNull();
        List<Long> times = arrivalTimes("/api/v2/mix/market/tickers");
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(950);
    }

    @Test
    void anOrderRefusedWith429IsSentAgainAfterThePause() {
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(
                "/api/v2/mix/order/place-order")).inScenario("429").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withBody("{\"code\":\"429\",\"msg\":\"Too Many Requests\"}")));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(
                "/api/v2/mix/order/place-order")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(envelope("{\"orderId\":\"5\",\"clientOid\":\"r-1\"}"))));

        Exchange order = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01&clientOid=r-1"
                                          + "&rateLimitBackoff=300", null);

        assertThat(order.getException()).isNull();
        List<Long> times = arrivalTimes("/api/v2/mix/order/place-order");
        assertThat(times).hasSize(2);
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(250);
        assertThat(wireMock.getAllServeEvents()).allSatisfy(event -> assertThat(body(event.getRequest()))
                .containsEntry("clientOid", "r-1"));
    }
}
