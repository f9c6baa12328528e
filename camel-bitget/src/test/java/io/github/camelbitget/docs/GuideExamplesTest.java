package io.github.camelbitget.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.Change;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import io.github.camelbitget.exception.BitgetEnvironmentMismatchException;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.exception.BitgetInvalidOrderException;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.simulator.Environment;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/**
 * The routes the guides in {@code docs/} show (between the tag markers), run against the simulator. The guides
 * include these regions verbatim; {@code DocsSnippetsTest} fails when they drift apart.
 */
class GuideExamplesTest extends SimulatorBitgetTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::error-handling[]
                onException(BitgetValidationException.class)
                        .handled(true)
                        .log("Refused before sending, fix the route: ${exception.message}")
                        .to("mock:fix-the-route");
                onException(BitgetInsufficientBalanceException.class, BitgetInvalidOrderException.class,
                        BitgetPositionModeException.class)
                        .handled(true)
                        .log("Bitget rejected the order: ${exception.code} ${exception.detail}")
                        .to("mock:rejected");
                onException(BitgetAuthenticationException.class, BitgetEnvironmentMismatchException.class)
                        .handled(true)
                        .log("Check the API key and the mode (live/demo): ${exception.code}")
                        .to("mock:credentials");
                onException(BitgetRateLimitException.class, BitgetTransportException.class)
                        .maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff();
                onException(BitgetOrderStateUnknownException.class)
                        .handled(true)
                        .log("Order ${exception.clientOid} may exist: look it up before placing it again")
                        .to("mock:unknown");
                // end::error-handling[]

                from("direct:order").to("bitget:futures/placeOrder").to("mock:placed");

                // tag::demo-mode[]
                from("direct:demo-order")
                        .to("bitget:futures/placeOrder?mode=demo&symbol=BTCUSDT&side=buy&size=0.01")
                        .log("Demo order ${header.CamelBitgetOrderId}");
                // end::demo-mode[]

                // tag::position-watcher[]
                from("bitget:futures/positions?changesOnly=true&delay=1000")
                        .routeId("position-watcher")
                        .choice()
                            .when(header("CamelBitgetChange").isEqualTo("CLOSED"))
                                .log("${body.symbol} ${body.holdSide} closed")
                            .otherwise()
                                .log("${header.CamelBitgetChange} ${body.symbol} ${body.holdSide} ${body.total}"
                                     + " @ ${body.openPriceAvg}, PnL ${body.unrealizedPL}")
                        .end()
                // end::position-watcher[]
                        .to("mock:positions");
            }
        };
    }

    @Test
    void errorHandlingRoutesEachKindOfFailure() throws Exception {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        getMockEndpoint("mock:fix-the-route").expectedMessageCount(1);
        getMockEndpoint("mock:rejected").expectedMessageCount(2);
        getMockEndpoint("mock:placed").expectedMessageCount(1);

        template.sendBodyAndHeader("direct:order", null, BitgetConstants.SIDE, "buy");
        template.sendBodyAndHeaders("direct:order", null, java.util.Map.of(BitgetConstants.SYMBOL, "BTCUSDT",
                BitgetConstants.SIDE, "buy", BitgetConstants.SIZE, "30"));
        template.sendBodyAndHeaders("direct:order", null, java.util.Map.of(BitgetConstants.SYMBOL, "BTCUSDT",
                BitgetConstants.SIDE, "buy", BitgetConstants.SIZE, "0.00001"));
        template.sendBodyAndHeaders("direct:order", null, java.util.Map.of(BitgetConstants.SYMBOL, "BTCUSDT",
                BitgetConstants.SIDE, "buy", BitgetConstants.SIZE, "0.01"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(getMockEndpoint("mock:rejected").getReceivedExchanges())
                .extracting(e -> e.getProperty("CamelExceptionCaught").getClass().getSimpleName())
                .containsExactly("BitgetInsufficientBalanceException", "BitgetInvalidOrderException");
    }

    @Test
    void demoOrdersGoToTheDemoBook() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");

        OrderResult order = template.requestBody("direct:demo-order", (Object) null, OrderResult.class);

        assertThat(order.orderId()).isNotBlank();
        assertThat(BITGET.simulator().account(Environment.DEMO).futuresOrders()).hasSize(1);
        assertThat(BITGET.simulator().account(Environment.LIVE).futuresOrders()).isEmpty();
    }

    @Test
    void thePositionWatcherSeesOpenAndClose() throws Exception {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        MockEndpoint positions = getMockEndpoint("mock:positions");

        template.requestBody("bitget:futures/placeOrder?symbol=ETHUSDT&side=sell&size=0.1", (Object) null);
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS)
                .until(() -> positions.getReceivedCounter() >= 1);
        template.requestBody("bitget:futures/closePosition?symbol=ETHUSDT", (Object) null);
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS)
                .until(() -> positions.getReceivedCounter() >= 2);

        List<Object> changes = positions.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(BitgetConstants.CHANGE)).map(Object.class::cast).toList();
        assertThat(changes).containsExactly(Change.OPENED, Change.CLOSED);
        assertThat(positions.getReceivedExchanges().get(0).getMessage().getBody(Position.class).symbol())
                .isEqualTo("ETHUSDT");
    }
}
