package io.github.camelbitget.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.Change;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** The polling consumer against an exchange whose positions and prices really change between polls. */
class ConsumerOnSimulatorTest extends SimulatorBitgetTestSupport {

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private MockEndpoint consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("watcher").to("mock:changes");
            }
        });
        if (!context.isStarted()) {
            context.start();
        }
        return getMockEndpoint("mock:changes");
    }

    private static List<Object> changes(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream().map(e -> e.getMessage().getHeader(BitgetConstants.CHANGE))
                .map(Object.class::cast).toList();
    }

    private void awaitChanges(MockEndpoint mock, int count) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= count);
    }

    @Test
    void positionsOpenedChangedAndClosedInOrder() throws Exception {
        MockEndpoint watcher = consume("bitget:futures/positions?changesOnly=true&initialDelay=0&delay=200");
        BITGET.simulator().setPrice("BTCUSDT", "76000");

        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", (Object) null);
        awaitChanges(watcher, 1);
        BITGET.simulator().setPrice("BTCUSDT", "76500");
        Thread.sleep(600);
        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", (Object) null);
        awaitChanges(watcher, 2);
        template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT", (Object) null);
        awaitChanges(watcher, 3);
        Thread.sleep(600);

        assertThat(changes(watcher)).containsExactly(Change.OPENED, Change.CHANGED, Change.CLOSED);
        List<Position> states = watcher.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(Position.class)).toList();
        assertThat(states).extracting(p -> p.total().stripTrailingZeros().toPlainString())
                .containsExactly("0.01", "0.02", "0.02");
        assertThat(watcher.getReceivedExchanges().get(2).getMessage().getHeader(BitgetConstants.SYMBOL))
                .isEqualTo("BTCUSDT");
    }

    @Test
    void tickerChangesFollowTheLastPrice() throws Exception {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        MockEndpoint watcher = consume("bitget:futures/tickers?symbol=ETHUSDT&changesOnly=true&initialDelay=0"
                                       + "&delay=100");
        awaitChanges(watcher, 1);

        BITGET.simulator().setPrice("ETHUSDT", "3001.5");
        awaitChanges(watcher, 2);
        Thread.sleep(400);

        assertThat(changes(watcher)).containsExactly(Change.OPENED, Change.CHANGED);
        assertThat(watcher.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(FuturesTicker.class).lastPr())
                .containsExactly(new BigDecimal("3000"), new BigDecimal("3001.5"));
    }

    @Test
    void failedPollsLoseNothingAndDoubleNothing() throws Exception {
        context.start();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", (Object) null);
        MockEndpoint watcher = consume("bitget:futures/positions?changesOnly=true&initialDelay=0&delay=100"
                                       + "&retryAttempts=0");
        awaitChanges(watcher, 1);

        BITGET.simulator().faults().serverError(pathOf(Operation.FUTURES_POSITIONS), 503).times(3);
        BITGET.simulator().faults().htmlErrorPage(pathOf(Operation.FUTURES_POSITIONS), 502).times(2);
        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", (Object) null);
        awaitChanges(watcher, 2);
        Thread.sleep(500);

        assertThat(changes(watcher)).containsExactly(Change.OPENED, Change.CHANGED);
        assertThat(BITGET.simulator().requestLog().forPath(pathOf(Operation.FUTURES_POSITIONS)))
                .filteredOn(request -> request.status() >= 500).hasSize(5);
        assertThat(context.getRouteController().getRouteStatus("watcher").isStarted()).isTrue();
    }

    @Test
    void tooManyRequestsIsRetriedOnTheNextPoll() throws Exception {
        context.start();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", (Object) null);
        MockEndpoint watcher = consume("bitget:futures/positions?changesOnly=true&initialDelay=0&delay=20"
                                       + "&rateLimitEnabled=false&retryAttempts=0");

        await().atMost(10, TimeUnit.SECONDS).until(() -> BITGET.simulator().requestLog()
                .forPath(pathOf(Operation.FUTURES_POSITIONS)).stream().anyMatch(r -> r.status() == 429));
        template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT", (Object) null);
        awaitChanges(watcher, 2);
        Thread.sleep(300);

        assertThat(changes(watcher)).containsExactly(Change.OPENED, Change.CLOSED);
    }

    @Test
    void everyExchangeOfAPollCarriesThePollTime() throws Exception {
        MockEndpoint watcher = consume("bitget:spot/tickers?initialDelay=0&delay=60000");
        watcher.expectedMinimumMessageCount(4);
        watcher.assertIsSatisfied();

        List<Exchange> firstPoll = watcher.getReceivedExchanges();
        assertThat(firstPoll).extracting(e -> e.getMessage().getHeader(BitgetConstants.POLL_TIME)).containsOnly(
                firstPoll.get(0).getMessage().getHeader(BitgetConstants.POLL_TIME));
    }
}
