package io.github.camelbitget.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Reads are retried after transient failures; writes are not; private requests carry Bitget's clock. */
class RetryAndClockTest extends WireMockBitgetTestSupport {

    private static void sequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(path)
                    .whenScenarioStateIs(i == 0 ? STARTED : "answer-" + i)
                    .willReturn(answers[i]).willSetStateTo("answer-" + (i + 1)));
        }
    }

    @Test
    void readsAreRetriedAfterTransientFailures() {
        sequence("/api/v2/mix/market/tickers",
                aResponse().withStatus(502).withBody("<html>bad gateway</html>"),
                aResponse().withStatus(400).withBody("{\"code\":\"45001\",\"msg\":\"Unknown error\"}"),
                aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withBody("{\"code\":\"429\",\"msg\":\"Too Many Requests\"}"),
                aResponse().withBody(envelope("[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"1\"}]")));

        List<?> tickers = template.requestBody("bitget:futures/tickers?retryDelay=10", (Object) null, List.class);

        assertThat(tickers).hasSize(1);
        assertThat(wireMock.getAllServeEvents()).hasSize(4);
    }

    @Test
    void readsGiveUpAfterTheConfiguredAttempts() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/market/tickers")).willReturn(aResponse().withStatus(503)
                .withBody("")));

        Exchange exchange = template.request("bitget:futures/tickers?retryAttempts=2&retryDelay=10", null);

        assertThat(exchange.getException()).hasMessageStartingWith("Empty response from Bitget");
        assertThat(wireMock.getAllServeEvents()).hasSize(3);
    }

    @Test
    void permanentErrorsAreNotRetried() {
        stubError(400, "40034", "Parameter does not exist");

        Exchange exchange = template.request("bitget:futures/tickers?symbol=NOPEUSDT", null);

        assertThat(exchange.getException(BitgetApiException.class).getCode()).isEqualTo("40034");
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void privateRequestsAreSignedWithBitgetsClock() {
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setClockSync(true);
        long skew = 45_000;
        stubGet("/api/v2/public/time", "{\"serverTime\":\"" + (System.currentTimeMillis() + skew) + "\"}");
        stubGet("/api/v2/mix/position/all-position", "[]");

        template.requestBody("bitget:futures/positions", (Object) null);
        template.requestBody("bitget:futures/positions", (Object) null);

        List<String> paths = wireMock.getAllServeEvents().stream().map(e -> e.getRequest().getUrl().split("\\?")[0])
                .toList();
        assertThat(paths).as("the clock is measured once").containsExactlyInAnyOrder("/api/v2/public/time",
                "/api/v2/mix/position/all-position", "/api/v2/mix/position/all-position");
        wireMock.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(request -> request.getUrl().startsWith("/api/v2/mix/position")).forEach(request -> {
                    assertSignedAt(request, skew);
                });
    }

    @Test
    void anExpiredTimestampResyncsTheClockAndIsSentOnceMore() {
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setClockSync(true);
        stubGet("/api/v2/public/time", "{\"serverTime\":\"" + System.currentTimeMillis() + "\"}");
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/account/accounts")).inScenario("skew")
                .whenScenarioStateIs(STARTED).willSetStateTo("resynced").willReturn(aResponse().withStatus(400)
                        .withBody("{\"code\":\"40008\",\"msg\":\"Request timestamp expired\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/account/accounts")).inScenario("skew")
                .whenScenarioStateIs("resynced").willReturn(aResponse().withBody(envelope("[]"))));

        List<?> accounts = template.requestBody("bitget:futures/accounts", (Object) null, List.class);

        assertThat(accounts).isEmpty();
        assertThat(wireMock.getAllServeEvents()).extracting(e -> e.getRequest().getUrl().split("\\?")[0])
                .containsExactlyInAnyOrder("/api/v2/public/time", "/api/v2/mix/account/accounts",
                        "/api/v2/public/time", "/api/v2/mix/account/accounts");
    }

    @Test
    void aSecondExpiredTimestampIsReported() {
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setClockSync(true);
        stubGet("/api/v2/public/time", "{\"serverTime\":\"" + System.currentTimeMillis() + "\"}");
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/account/accounts")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"40008\",\"msg\":\"Request timestamp expired\"}")));

        Exchange exchange = template.request("bitget:futures/accounts", null);

        assertThat(exchange.getException(BitgetApiException.class).getCode()).isEqualTo("40008");
        assertThat(wireMock.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/api/v2/mix/account"))).hasSize(2);
    }

    private static void assertSignedAt(com.github.tomakehurst.wiremock.verification.LoggedRequest request,
                                       long skew) {
        assertThat(Long.parseLong(request.getHeader("ACCESS-TIMESTAMP")))
                .isCloseTo(System.currentTimeMillis() + skew, org.assertj.core.data.Offset.offset(5_000L));
        assertThat(request.getHeader("ACCESS-SIGN")).isEqualTo(hmacSha256Base64(SECRET_KEY,
                request.getHeader("ACCESS-TIMESTAMP") + "GET" + request.getUrl()));
    }
}
