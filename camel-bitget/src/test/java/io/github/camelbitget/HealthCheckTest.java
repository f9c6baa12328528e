package io.github.camelbitget;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.TimeUnit;

import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

/** Readiness: producers probe Bitget with a signed read, consumers report failed polls; no secrets in results. */
class HealthCheckTest extends WireMockBitgetTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.setExposureLevel("full");
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        HealthCheckHelper.getHealthCheckRepository(context, "consumers").setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:order").to("bitget:futures/placeOrder?mode=demo");
                from("direct:ticker").to("bitget:spot/tickers");
                from("bitget:futures/positions?initialDelay=0&delay=100").routeId("positions").to("mock:positions");
            }
        };
    }

    private HealthCheck.Result readiness(String idPrefix) {
        HealthCheck check = HealthCheckRegistry.get(context).stream()
                .filter(candidate -> candidate.getId().startsWith(idPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no health check " + idPrefix));
        return check.callReadiness();
    }

    private static void answerServerTime() {
        stubGet("/api/v2/public/time", "{\"serverTime\":\"1\"}");
    }

    @Test
    void producerIsDownWithBitgetsReasonAndUpOnceTheKeyWorks() {
        stubError(400, "40012", "apikey/password is incorrect");
        answerServerTime();

        HealthCheck.Result down = readiness("producer:bitget:bitget://futures/placeOrder");

        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).contains("Bitget refused futures/accounts: 40012 apikey/password is incorrect");
        assertThat(down.getDetails()).containsEntry("bitget.code", "40012").containsEntry("bitget.mode", "demo")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 400);
        assertThat(wireMock.getAllServeEvents()).anySatisfy(event -> {
            assertThat(event.getRequest().getUrl()).isEqualTo("/api/v2/mix/account/accounts?productType=USDT-FUTURES");
            assertSigned(event.getRequest());
            assertThat(event.getRequest().getHeader("paptrading")).isEqualTo("1");
        });
        assertThat(String.valueOf(down.getDetails()) + down.getMessage() + down.getError())
                .doesNotContain(SECRET_KEY).doesNotContain(PASSPHRASE).doesNotContain(API_KEY);

        stubGet("/api/v2/mix/account/accounts", "[]");
        assertThat(readiness("producer:bitget:bitget://futures/placeOrder").getState())
                .isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void environmentMismatchIsDown() {
        stubError(400, "40099", "exchange environment is incorrect");
        answerServerTime();

        HealthCheck.Result result = readiness("producer:bitget:bitget://futures/placeOrder");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry("bitget.code", "40099");
    }

    @Test
    void publicProducerOnlyNeedsServerTime() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/public/time")).willReturn(aResponse().withStatus(503)
                .withBody("<html>maintenance</html>")));

        HealthCheck.Result down = readiness("producer:bitget:bitget://spot/tickers");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);

        answerServerTime();
        assertThat(readiness("producer:bitget:bitget://spot/tickers").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(wireMock.getAllServeEvents()).filteredOn(event -> !event.getRequest().getUrl().contains("position"))
                .isNotEmpty().allSatisfy(event -> {
                    assertThat(event.getRequest().getUrl()).isEqualTo("/api/v2/public/time");
                    assertUnsigned(event.getRequest());
                });
    }

    @Test
    void consumerIsDownAfterFailedPollsAndUpAfterAGoodOne() {
        stubError(400, "40012", "apikey/password is incorrect");

        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> {
            HealthCheck.Result result = readiness("consumer:positions");
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry("bitget.code", "40012")
                    .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 400);
        });

        stubGet("/api/v2/mix/position/all-position", "[]");
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(
                () -> assertThat(readiness("consumer:positions").getState()).isEqualTo(HealthCheck.State.UP));
    }
}
