package io.github.camelbitget.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.simulator.AccountType;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.junit.jupiter.api.Test;

/**
 * The stream routes of {@code docs/streaming.md} and the component reference (between the tag markers), run against
 * the simulator's WebSocket.
 */
class StreamExamplesTest extends SimulatorBitgetTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::stream-ticker[]
                from("bitget:futures/stream/ticker?symbol=BTCUSDT")
                        .log("BTC ${body.lastPr} (bid ${body.bidPr}, ask ${body.askPr})")
                        .to("mock:ticker");
                // end::stream-ticker[]

                // tag::stream-book[]
                from("bitget:futures/stream/books?symbol=BTCUSDT&bookDepth=5")
                        .log("best bid ${body.bids[0].price}, best ask ${body.asks[0].price},"
                             + " seq ${header.CamelBitgetSequence}")
                        .to("mock:book");
                // end::stream-book[]

                // tag::stream-orders[]
                from("bitget:futures/stream/orders")
                        .choice()
                            .when(header("CamelBitgetAction").isEqualTo("reconcile"))
                                .log("missed while reconnecting: order ${body.orderId} ${body.status}")
                            .otherwise()
                                .log("order ${body.orderId} ${body.status}, filled ${body.baseVolume}")
                        .end()
                        .to("mock:orders");
                // end::stream-orders[]
            }
        };
    }

    @Test
    void theDocumentedStreamsDeliver() throws Exception {
        MockEndpoint ticker = getMockEndpoint("mock:ticker");
        MockEndpoint book = getMockEndpoint("mock:book");
        AtomicInteger ticks = new AtomicInteger();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            BITGET.simulator().setPrice("BTCUSDT", "76000." + ticks.incrementAndGet() % 50);
            return ticker.getReceivedCounter() >= 2 && book.getReceivedCounter() >= 2;
        });

        OrderBook top = book.getReceivedExchanges().get(1).getMessage().getBody(OrderBook.class);
        assertThat(top.bids()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(book.getReceivedExchanges().get(1).getMessage().getHeader(BitgetConstants.SEQUENCE)).isNotNull();
    }

    @Test
    void theDocumentedOrderStreamSeesAnOrderFill() throws Exception {
        assumeTrue(ACCOUNT_TYPE == AccountType.CLASSIC, "private v2 streams are for classic accounts");
        MockEndpoint orders = getMockEndpoint("mock:orders");
        await().atMost(Duration.ofSeconds(10)).until(() -> context.getRoutes().stream()
                .allMatch(route -> ((HealthCheckAware) route.getConsumer()).getHealthCheck().call().getState()
                                   == HealthCheck.State.UP));

        OrderResult placed = template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01",
                null, OrderResult.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> orders.getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getBody(FuturesOrder.class))
                .anyMatch(order -> order.orderId().equals(placed.orderId()) && order.status().equals("filled")));
    }
}
