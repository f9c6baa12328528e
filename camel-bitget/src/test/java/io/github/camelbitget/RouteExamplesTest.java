package io.github.camelbitget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** The route examples of the README, in Java DSL and YAML DSL, run against WireMock. */
class RouteExamplesTest extends WireMockBitgetTestSupport {

    private static final String TICKER = "[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"76012.5\"}]";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::java-route[]
                onException(BitgetInsufficientBalanceException.class)
                        .handled(true)
                        .log("Not enough margin: ${exception.detail}")
                        .to("mock:no-margin");

                from("direct:dca")
                        .to("bitget:futures/tickers?symbol=BTCUSDT")
                        .setHeader("CamelBitgetSize", method(RouteExamplesTest.class, "fiftyUsdtWorth"))
                        .to("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy")
                        .log("Bought ${header.CamelBitgetSize} BTC, order ${header.CamelBitgetOrderId}")
                        .to("mock:placed");
                // end::java-route[]
            }
        };
    }

    /** 50 USDT worth of BTC at the last price, 4 decimals, as in the seed's DCA recipe. */
    public static BigDecimal fiftyUsdtWorth(List<FuturesTicker> tickers) {
        return new BigDecimal("50").divide(tickers.get(0).lastPr(), 4, RoundingMode.DOWN);
    }

    @Test
    void javaRouteBuysFiftyUsdtOfBitcoin() throws Exception {
        stubGet("/api/v2/mix/market/ticker", TICKER);
        stubPost("/api/v2/mix/order/place-order", "{\"orderId\":\"42\",\"clientOid\":\"x\"}");
        MockEndpoint placed = getMockEndpoint("mock:placed");
        placed.expectedHeaderReceived(BitgetConstants.ORDER_ID, "42");

        template.sendBody("direct:dca", null);

        placed.assertIsSatisfied();
        assertThat(wireMock.getAllServeEvents()).anySatisfy(event -> {
            assertThat(event.getRequest().getUrl()).isEqualTo("/api/v2/mix/order/place-order");
            assertThat(body(event.getRequest())).containsEntry("size", "0.0006").containsEntry("side", "buy");
        });
    }

    @Test
    void javaRouteHandlesInsufficientBalance() throws Exception {
        stubError(400, "43012", "Insufficient balance");
        stubGet("/api/v2/mix/market/ticker", TICKER);
        getMockEndpoint("mock:no-margin").expectedMessageCount(1);
        getMockEndpoint("mock:placed").expectedMessageCount(0);

        template.sendBody("direct:dca", null);

        MockEndpoint.assertIsSatisfied(context);
        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .contains("/api/v2/mix/order/place-order");
    }

    @Test
    void yamlRouteLogsTheLastPrice() throws Exception {
        stubGet("/api/v2/mix/market/ticker", TICKER);
        MockEndpoint lastPrice = getMockEndpoint("mock:last-price");
        lastPrice.expectedBodiesReceived(new BigDecimal("76012.5"));

        Resource yaml = ResourceHelper.resolveMandatoryResource(context, "classpath:routes/btc-ticker.yaml");
        PluginHelper.getRoutesLoader(context).loadRoutes(yaml);

        lastPrice.assertIsSatisfied();
        assertThat(query(wireMock.getAllServeEvents().get(0).getRequest())).containsEntry("symbol", "BTCUSDT");
    }
}
