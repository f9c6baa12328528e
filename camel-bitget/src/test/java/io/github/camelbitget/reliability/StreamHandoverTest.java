package io.github.camelbitget.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.simulator.BitgetSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bitget closes every connection after 24 hours; here the simulator closes them after 2 seconds and the consumer
 * replaces its connection at 1 second: the replacement is subscribed before the old one closes, so the stream has no
 * gap, no push is delivered twice, and nothing counts as a reconnect.
 */
class StreamHandoverTest extends CamelTestSupport {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(
            simulator -> simulator.maxConnectionAge(Duration.ofSeconds(2)).streamInterval(Duration.ofMillis(100))
                    .walkInterval(Duration.ofMillis(50)));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setBaseUrl(BITGET.baseUrl());
        bitget.getConfiguration().setWebSocketUrl(BITGET.simulator().webSocketUrl());
        context.addComponent("bitget", bitget);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("bitget:futures/stream/ticker?symbol=BTCUSDT&maxConnectionAge=1000").routeId("ticker")
                        .to("mock:ticker");
            }
        };
    }

    @Test
    void connectionsAreReplacedBeforeBitgetClosesThem() throws Exception {
        MockEndpoint tickers = getMockEndpoint("mock:ticker");
        await().atMost(Duration.ofSeconds(10)).until(() -> BITGET.simulator().streamLog().frames().stream()
                .filter(frame -> frame.text().contains("subscribe")).map(frame -> frame.connection()).distinct()
                .count() >= 4);
        int received = tickers.getReceivedCounter();
        await().atMost(Duration.ofSeconds(5)).until(() -> tickers.getReceivedCounter() > received + 3);

        List<Exchange> exchanges = List.copyOf(tickers.getReceivedExchanges());
        List<Long> times = exchanges.stream().map(e -> e.getMessage().getBody(FuturesTicker.class).ts()).toList();
        assertThat(times).as("no push twice").doesNotHaveDuplicates();
        for (int i = 1; i < exchanges.size(); i++) {
            assertThat(exchanges.get(i).getCreated() - exchanges.get(i - 1).getCreated())
                    .as("gap between two tickers").isLessThan(1000);
        }
        assertThat(((HealthCheckAware) context.getRoute("ticker").getConsumer()).getHealthCheck().call()
                .getDetails()).containsEntry("bitget.reconnects", 0L);
    }
}
