package io.github.camelbitget.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

/** A wrong passphrase shows as DOWN with Bitget's reason, and UP once the exchange accepts the key. */
class HealthOnSimulatorTest extends SimulatorBitgetTestSupport {

    private static final String WRONG = "not-the-passphrase";

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
                from("bitget:futures/positions?passphrase=RAW(" + WRONG + ")&initialDelay=0&delay=200")
                        .routeId("positions").to("mock:positions");
                from("direct:order").to("bitget:futures/placeOrder?passphrase=RAW(" + WRONG + ")");
            }
        };
    }

    private HealthCheck.Result readiness(String idPrefix) {
        return HealthCheckRegistry.get(context).stream().filter(check -> check.getId().startsWith(idPrefix))
                .findFirst().orElseThrow().callReadiness();
    }

    @Test
    void wrongPassphraseIsDownUntilTheKeyIsFixed() {
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            HealthCheck.Result consumer = readiness("consumer:positions");
            assertThat(consumer.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(consumer.getDetails()).containsEntry("bitget.code", "40012");
        });
        HealthCheck.Result producer = readiness("producer:bitget:bitget://futures/placeOrder");
        assertThat(producer.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(producer.getMessage().orElse("")).contains("40012");
        assertThat(producer.getMessage().orElse("") + producer.getDetails()).doesNotContain(WRONG)
                .doesNotContain(BITGET.apiKey().secretKey());

        BITGET.simulator().changeCredentials(ApiKey.of(BITGET.apiKey().apiKey(), BITGET.apiKey().secretKey(),
                WRONG));

        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(readiness("consumer:positions").getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(readiness("producer:bitget:bitget://futures/placeOrder").getState())
                    .isEqualTo(HealthCheck.State.UP);
        });
        assertThat(readiness("producer:bitget:bitget://futures/placeOrder").getDetails())
                .containsEntry("bitget.accountType", ACCOUNT_TYPE.name().toLowerCase(Locale.ROOT));
    }
}
