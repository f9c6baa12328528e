package io.github.camelbitget.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.Change;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** The polling consumer against scripted Bitget answers: one answer per poll, in order. */
class PollingConsumerTest extends WireMockBitgetTestSupport {

    private static final String FAST = "initialDelay=0&delay=50";

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    /** Each poll gets the next answer; the last one repeats. */
    private static void script(String path, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? STARTED : "poll-" + i;
            String next = i == answers.length - 1 ? state : "poll-" + (i + 1);
            wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
        }
    }

    private static ResponseDefinitionBuilder data(String json) {
        return aResponse().withStatus(200).withBody(envelope(json));
    }

    private static String position(String symbol, String holdSide, String total, String markPrice) {
        return "{\"symbol\":\"" + symbol + "\",\"marginCoin\":\"USDT\",\"holdSide\":\"" + holdSide + "\",\"total\":\""
               + total + "\",\"available\":\"" + total + "\",\"leverage\":\"5\",\"openPriceAvg\":\"100\","
               + "\"marginMode\":\"isolated\",\"markPrice\":\"" + markPrice + "\",\"unrealizedPL\":\"" + markPrice
               + "\"}";
    }

    private void route(String from) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("poller").to("mock:out");
            }
        });
        context.start();
    }

    @Test
    void positionsOpenedChangedAndClosedAreEmittedInOrder() throws Exception {
        script("/api/v2/mix/position/all-position",
                data("[" + position("BTCUSDT", "long", "0.01", "100") + "]"),
                data("[" + position("BTCUSDT", "long", "0.01", "101") + "," + position("ETHUSDT", "short", "1", "9")
                     + "]"),
                data("[" + position("BTCUSDT", "long", "0.02", "102") + "," + position("ETHUSDT", "short", "1", "8")
                     + "]"),
                data("[" + position("BTCUSDT", "long", "0.02", "103") + "]"),
                data("[]"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(5);

        route("bitget:futures/positions?changesOnly=true&" + FAST);

        out.assertIsSatisfied();
        List<Exchange> events = out.getReceivedExchanges();
        assertThat(events).extracting(e -> e.getMessage().getHeader(BitgetConstants.CHANGE))
                .containsExactly(Change.OPENED, Change.OPENED, Change.CHANGED, Change.CLOSED, Change.CLOSED);
        assertThat(events).extracting(e -> e.getMessage().getHeader(BitgetConstants.SYMBOL))
                .containsExactly("BTCUSDT", "ETHUSDT", "BTCUSDT", "ETHUSDT", "BTCUSDT");
        assertThat(events.get(2).getMessage().getBody(Position.class).total()).isEqualTo(new BigDecimal("0.02"));
        Position closedBtc = events.get(4).getMessage().getBody(Position.class);
        assertThat(closedBtc.total()).as("last known state").isEqualTo(new BigDecimal("0.02"));
        assertThat(events.get(3).getMessage().getHeader(BitgetConstants.HOLD_SIDE)).isEqualTo("short");
        assertThat(events.get(0).getMessage().getHeader(BitgetConstants.POLL_TIME, Long.class))
                .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));

        Thread.sleep(300);
        assertThat(out.getReceivedCounter()).as("nothing more once flat").isEqualTo(5);
    }

    @Test
    void tickersChangeOnLastPriceOnly() throws Exception {
        script("/api/v2/mix/market/ticker",
                data("[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"76000.0\",\"ts\":\"1\"}]"),
                data("[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"76000.00\",\"ts\":\"2\",\"markPrice\":\"1\"}]"),
                data("[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"76000.5\",\"ts\":\"3\"}]"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(2);

        route("bitget:futures/tickers?symbol=BTCUSDT&changesOnly=true&" + FAST);

        out.assertIsSatisfied();
        Thread.sleep(300);
        assertThat(out.getReceivedExchanges()).hasSize(2)
                .extracting(e -> e.getMessage().getBody(FuturesTicker.class).lastPr())
                .containsExactly(new BigDecimal("76000.0"), new BigDecimal("76000.5"));
    }

    @Test
    void everyItemWithoutChangesOnlyAsABatch() throws Exception {
        script("/api/v2/spot/market/tickers", data("[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"1\"},"
                                                   + "{\"symbol\":\"ETHUSDT\",\"lastPr\":\"2\"}]"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMinimumMessageCount(4);

        route("bitget:spot/tickers?" + FAST);

        out.assertIsSatisfied();
        Exchange first = out.getReceivedExchanges().get(0);
        assertThat(first.getProperty(ExchangePropertyKey.BATCH_SIZE)).isEqualTo(2);
        assertThat(first.getProperty(ExchangePropertyKey.BATCH_INDEX)).isEqualTo(0);
        assertThat(first.getMessage().getHeader(BitgetConstants.CHANGE)).isNull();
        assertThat(out.getReceivedExchanges().get(1).getMessage().getHeader(BitgetConstants.SYMBOL))
                .isEqualTo("ETHUSDT");
    }

    @Test
    void splitResultFalseSendsTheWholeListWhenSomethingChanged() throws Exception {
        script("/api/v2/mix/order/orders-pending",
                data("{\"entrustedList\":[{\"orderId\":\"1\",\"status\":\"live\",\"size\":\"1\"},"
                     + "{\"orderId\":\"2\",\"status\":\"live\",\"size\":\"1\"}],\"endId\":\"1\"}"),
                data("{\"entrustedList\":[{\"orderId\":\"1\",\"status\":\"live\",\"size\":\"1\"},"
                     + "{\"orderId\":\"2\",\"status\":\"live\",\"size\":\"1\"}],\"endId\":\"1\"}"),
                data("{\"entrustedList\":[{\"orderId\":\"1\",\"status\":\"live\",\"size\":\"1\"}],\"endId\":\"1\"}"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(2);

        route("bitget:futures/pendingOrders?changesOnly=true&splitResult=false&" + FAST);

        out.assertIsSatisfied();
        Thread.sleep(300);
        assertThat(out.getReceivedExchanges()).hasSize(2);
        assertThat(out.getReceivedExchanges().get(0).getMessage().getBody(List.class)).hasSize(2);
        assertThat(out.getReceivedExchanges().get(0).getMessage().getHeader(BitgetConstants.CHANGE))
                .isEqualTo(Change.OPENED);
        assertThat(out.getReceivedExchanges().get(1).getMessage().getBody(List.class)).hasSize(1);
        assertThat(out.getReceivedExchanges().get(1).getMessage().getHeader(BitgetConstants.CHANGE))
                .isEqualTo(Change.CHANGED);
    }

    @Test
    void failedPollsKeepTheStateAndTheRouteRunning() throws Exception {
        String btc = "[" + position("BTCUSDT", "long", "0.01", "100") + "]";
        script("/api/v2/mix/position/all-position",
                data(btc),
                aResponse().withStatus(429).withBody("{\"code\":\"429\",\"msg\":\"Too Many Requests\"}"),
                aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"),
                data(btc),
                data("[" + position("BTCUSDT", "long", "0.03", "100") + "]"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(2);

        route("bitget:futures/positions?changesOnly=true&" + FAST);

        out.assertIsSatisfied();
        Thread.sleep(300);
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(BitgetConstants.CHANGE))
                .containsExactly(Change.OPENED, Change.CHANGED);
        assertThat(wireMock.getAllServeEvents().size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aChangeTheRouteFailedOnIsEmittedAgain() throws Exception {
        script("/api/v2/spot/account/assets", data("[{\"coin\":\"USDT\",\"available\":\"10\"}]"));
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitget:spot/assets?changesOnly=true&" + FAST).routeId("poller")
                        .process(exchange -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("downstream is down");
                            }
                        })
                        .to("mock:out");
            }
        });
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(1);
        context.start();

        out.assertIsSatisfied();
        Thread.sleep(300);
        assertThat(out.getReceivedExchanges()).singleElement()
                .satisfies(e -> assertThat(e.getMessage().getHeader(BitgetConstants.CHANGE)).isEqualTo(Change.OPENED));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void maxMessagesPerPollSpreadsChangesOverPolls() throws Exception {
        script("/api/v2/mix/account/accounts", data("[{\"marginCoin\":\"USDT\",\"available\":\"1\"},"
                + "{\"marginCoin\":\"USDC\",\"available\":\"2\"},{\"marginCoin\":\"BTC\",\"available\":\"3\"}]"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(3);

        route("bitget:futures/accounts?changesOnly=true&maxMessagesPerPoll=1&" + FAST);

        out.assertIsSatisfied();
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE))
                .containsOnly(1);
        assertThat(wireMock.getAllServeEvents().size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void customChangeFieldsAndGreedy() throws Exception {
        script("/api/v2/spot/trade/unfilled-orders",
                data("[{\"orderId\":\"9\",\"status\":\"live\",\"size\":\"1\",\"uTime\":\"1\"}]"),
                data("[{\"orderId\":\"9\",\"status\":\"live\",\"size\":\"1\",\"uTime\":\"2\"}]"));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(2);
        NotifyBuilder twoPolls = new NotifyBuilder(context).whenCompleted(2).create();

        route("bitget:spot/openOrders?changesOnly=true&changeFields=uTime&greedy=true&initialDelay=0&delay=60000");

        assertThat(twoPolls.matches(5, TimeUnit.SECONDS)).isTrue();
        out.assertIsSatisfied();
        assertThat(out.getReceivedExchanges().get(1).getMessage().getHeader(BitgetConstants.ORDER_ID))
                .isEqualTo("9");
    }

    @Test
    void onlyListsCanBeConsumedAndChangeFieldsAreChecked() throws Exception {
        assertThatThrownBy(() -> route("bitget:futures/placeOrder?" + FAST))
                .hasStackTraceContaining("bitget:futures/placeOrder cannot be consumed; a consumer polls one of:"
                                         + " bitget:futures/tickers, bitget:spot/tickers, bitget:futures/positions");
        context.removeRoute("poller");
        assertThatThrownBy(() -> route("bitget:futures/positions?changesOnly=true&changeFields=total,pnl&" + FAST))
                .hasStackTraceContaining("Invalid option 'changeFields': pnl is not a field of Position; accepted:"
                                         + " symbol, marginCoin, holdSide");
    }
}
