package io.github.camelbitget.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.client.BitgetSigner;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.ServerTime;
import io.github.camelbitget.model.SpotOrder;
import io.github.camelbitget.model.Trade;
import io.github.camelbitget.simulator.AccountType;
import io.github.camelbitget.simulator.Environment;
import io.github.camelbitget.simulator.StreamFrame;
import io.github.camelbitget.support.CapturedLogs;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stream consumers against the simulator's WebSocket: market data, the checksum-verified book, private channels with
 * orders placed through the producer, and recovery from dropped, stalled and refused connections. Private channels
 * are streamed for classic accounts only (the simulator refuses v2 private streams for unified keys), so those tests
 * are skipped in the unified-account run.
 */
class StreamOnSimulatorTest extends SimulatorBitgetTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeEach
    void freshStreamLog() {
        BITGET.simulator().streamLog().clear();
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private MockEndpoint stream(String routeId, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).to("mock:" + routeId);
            }
        });
        if (!context.isStarted()) {
            context.start();
        }
        return getMockEndpoint("mock:" + routeId);
    }

    private HealthCheck.Result health(String routeId) {
        return ((HealthCheckAware) context.getRoute(routeId).getConsumer()).getHealthCheck().call();
    }

    private void awaitSubscribed(String routeId) {
        await().atMost(WAIT).until(() -> health(routeId).getState() == HealthCheck.State.UP);
    }

    private static void awaitReceived(MockEndpoint mock, int count) {
        moveMarketUntil(() -> mock.getReceivedCounter() >= count);
    }

    /** Moves BTCUSDT and ETHUSDT a tick every 100 ms, so the market channels have something to push. */
    private static void moveMarketUntil(Callable<Boolean> condition) {
        AtomicInteger ticks = new AtomicInteger();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            String cents = Integer.toString(ticks.incrementAndGet() % 50);
            BITGET.simulator().setPrice("BTCUSDT", "76000." + cents);
            BITGET.simulator().setPrice("ETHUSDT", "3000." + cents);
            return condition.call();
        });
    }

    private static List<JsonNode> sent(String op) {
        return BITGET.simulator().streamLog().frames().stream().map(StreamFrame::text)
                .filter(text -> text.startsWith("{")).map(StreamOnSimulatorTest::json)
                .filter(frame -> frame.path("op").asText().equals(op)).toList();
    }

    private static JsonNode json(String text) {
        try {
            return BitgetJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assumeClassicAccount() {
        assumeTrue(ACCOUNT_TYPE == AccountType.CLASSIC, "private v2 streams are for classic accounts");
    }

    @Test
    void tickerStreamDeliversFuturesTickersWithHeaders() throws Exception {
        MockEndpoint tickers = stream("ticker", "bitget:futures/stream/ticker?symbol=BTCUSDT");

        awaitReceived(tickers, 3);

        Exchange first = tickers.getReceivedExchanges().get(0);
        FuturesTicker ticker = first.getMessage().getBody(FuturesTicker.class);
        assertThat(ticker.symbol()).isEqualTo("BTCUSDT");
        assertThat(ticker.lastPr()).isPositive();
        assertThat(first.getMessage().getHeaders()).containsEntry(BitgetConstants.CHANNEL, "ticker")
                .containsEntry(BitgetConstants.INST_TYPE, "USDT-FUTURES")
                .containsEntry(BitgetConstants.SYMBOL, "BTCUSDT")
                .containsKey(BitgetConstants.ACTION).containsKey(BitgetConstants.EVENT_TIME);
        assertThat(sent("subscribe")).extracting(frame -> frame.path("args").path(0).toString())
                .containsExactly("{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}");
        assertThat(sent("login")).isEmpty();
    }

    @Test
    void aBusyStreamRouteDoesNotHoldUpRestCalls() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitget:futures/stream/ticker?symbol=BTCUSDT").routeId("busy").process(exchange -> {
                    busy.countDown();
                    release.await();
                });
            }
        });
        context.start();
        moveMarketUntil(() -> busy.getCount() == 0);
        try {
            CompletableFuture<ServerTime> serverTime = CompletableFuture.supplyAsync(
                    () -> template.requestBody("bitget:spot/serverTime", (Object) null, ServerTime.class));

            assertThat(serverTime.get(5, TimeUnit.SECONDS).serverTime()).as("answered while the stream's route is busy")
                    .isPositive();
        } finally {
            release.countDown();
        }
    }

    @Test
    void bookIsVerifiedAndFetchedAgainAfterABadChecksum() throws Exception {
        MockEndpoint books = stream("books", "bitget:futures/stream/books?symbol=BTCUSDT&bookDepth=5");
        awaitReceived(books, 5);
        assertThat(sent("unsubscribe")).as("every checksum matched so far").isEmpty();
        OrderBook book = books.getReceivedExchanges().get(4).getMessage().getBody(OrderBook.class);
        assertThat(book.bids()).hasSizeBetween(1, 5);
        assertThat(book.bids().get(0).price()).isLessThan(book.asks().get(0).price());

        BITGET.simulator().faults().corruptNextBookChecksum("USDT-FUTURES", "BTCUSDT");

        moveMarketUntil(() -> books.getReceivedExchanges().stream()
                .filter(e -> "snapshot".equals(e.getMessage().getHeader(BitgetConstants.ACTION))).count() == 2);
        assertThat(sent("unsubscribe")).hasSize(1);
        assertThat(sent("subscribe")).hasSize(2);
        assertThat(books.getReceivedExchanges().get(books.getReceivedCounter() - 1).getMessage()
                .getHeader(BitgetConstants.SEQUENCE, Long.class)).isPositive();
    }

    @Test
    void candlesTradesAndRawBookUpdates() throws Exception {
        MockEndpoint candles = stream("candles", "bitget:spot/stream/candle1m?symbol=BTCUSDT");
        MockEndpoint trades = stream("trades", "bitget:futures/stream/trade?symbol=BTCUSDT");
        MockEndpoint updates = stream("updates", "bitget:spot/stream/books?symbol=ETHUSDT&bookOutput=updates");
        MockEndpoint lists = stream("lists", "bitget:futures/stream/books15?symbol=ETHUSDT&splitResult=false");
        awaitReceived(candles, 1);
        awaitSubscribed("trades");

        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01&orderType=market",
                (Object) null);

        moveMarketUntil(() -> trades.getReceivedCounter() >= 1 && updates.getReceivedCounter() >= 3
                              && lists.getReceivedCounter() >= 1);
        assertThat(candles.getReceivedExchanges().get(0).getMessage().getBody(Candle.class).close()).isPositive();
        Trade trade = trades.getReceivedExchanges().get(0).getMessage().getBody(Trade.class);
        assertThat(trade.symbol()).isEqualTo("BTCUSDT");
        assertThat(trade.price()).isPositive();
        assertThat(updates.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(BitgetConstants.ACTION))
                .startsWith("snapshot", "update");
        assertThat(lists.getReceivedExchanges().get(0).getMessage().getBody(OrderBook.class).asks())
                .hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void demoModeStreamsFromTheDemoHost() throws Exception {
        MockEndpoint tickers = stream("demo", "bitget:futures/stream/ticker?symbol=BTCUSDT&mode=demo&webSocketUrl="
                                              + BITGET.simulator().webSocketUrl(Environment.DEMO));

        awaitReceived(tickers, 1);

        assertThat(BITGET.simulator().streamLog().frames()).extracting(StreamFrame::path)
                .allMatch(path -> path.equals("/demo/v2/ws/public"));
    }

    @Test
    void aPositionClosedWhileDisconnectedIsReportedClosed() throws Exception {
        assumeClassicAccount();
        MockEndpoint positions = stream("positions", "bitget:futures/stream/positions?reconnectDelay=1500");
        MockEndpoint accounts = stream("accounts", "bitget:futures/stream/account");
        awaitSubscribed("positions");
        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01&orderType=market",
                (Object) null);
        await().atMost(WAIT).until(() -> positions.getReceivedCounter() >= 1);

        BITGET.simulator().faults().dropStreams();
        template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT", (Object) null);

        await().atMost(WAIT).until(() -> positions.getReceivedExchanges().stream()
                .anyMatch(e -> e.getMessage().getHeader(BitgetConstants.CHANGE) != null));
        Exchange closed = positions.getReceivedExchanges().get(positions.getReceivedCounter() - 1);
        assertThat(closed.getMessage().getHeader(BitgetConstants.CHANGE)).hasToString("CLOSED");
        assertThat(closed.getMessage().getHeader(BitgetConstants.ACTION, String.class))
                .as("found by the REST reconciliation or left out of the first push after the reconnect")
                .isIn("reconcile", "snapshot");
        assertThat(closed.getMessage().getBody(Position.class).symbol()).isEqualTo("BTCUSDT");
        assertThat(health("positions").getDetails()).containsEntry("bitget.reconnects", 1L);
        assertThat(accounts.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(FuturesAccount.class))
                .anyMatch(account -> account.marginCoin().equals("USDT"));
    }

    @Test
    void consumersShareAConnectionUpToTheChannelLimit() throws Exception {
        MockEndpoint btc = stream("btc", "bitget:futures/stream/ticker?symbol=BTCUSDT");
        MockEndpoint eth = stream("eth", "bitget:futures/stream/ticker?symbol=ETHUSDT");
        awaitReceived(btc, 1);
        awaitReceived(eth, 1);
        assertThat(BITGET.simulator().openStreamConnections()).isEqualTo(1);

        stream("single", "bitget:spot/stream/trade?symbol=BTCUSDT&maxChannelsPerConnection=1");
        stream("single2", "bitget:spot/stream/ticker?symbol=BTCUSDT&maxChannelsPerConnection=1");
        await().atMost(WAIT).until(() -> BITGET.simulator().openStreamConnections() == 3);

        context.getRouteController().stopRoute("btc");
        assertThat(BITGET.simulator().openStreamConnections()).isEqualTo(3);
        context.getRouteController().stopRoute("eth");
        await().atMost(WAIT).until(() -> BITGET.simulator().openStreamConnections() == 2);
    }

    @Test
    void ordersAndPositionsOfAFuturesOrder() throws Exception {
        assumeClassicAccount();
        MockEndpoint orders = stream("orders", "bitget:futures/stream/orders?pingInterval=300");
        MockEndpoint positions = stream("positions", "bitget:futures/stream/positions");
        awaitSubscribed("orders");
        awaitSubscribed("positions");

        OrderResult placed = template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                                   + "&orderType=market", null, OrderResult.class);

        await().atMost(WAIT).until(() -> statuses(orders, placed.orderId()).contains("filled"));
        Exchange filled = orders.getReceivedExchanges().stream()
                .filter(e -> "filled".equals(e.getMessage().getBody(FuturesOrder.class).status())).findFirst()
                .orElseThrow();
        assertThat(filled.getMessage().getHeaders()).containsEntry(BitgetConstants.ORDER_ID, placed.orderId())
                .containsEntry(BitgetConstants.SYMBOL, "BTCUSDT").containsEntry(BitgetConstants.CHANNEL, "orders");
        assertThat(filled.getMessage().getBody(FuturesOrder.class).baseVolume()).isEqualByComparingTo("0.01");
        await().atMost(WAIT).until(() -> positions.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(Position.class))
                .anyMatch(p -> p.symbol().equals("BTCUSDT") && p.total().compareTo(new BigDecimal("0.01")) == 0));
        template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT", (Object) null);
        await().atMost(WAIT).until(() -> positions.getReceivedExchanges().stream()
                .anyMatch(e -> "CLOSED".equals(String.valueOf(e.getMessage().getHeader(BitgetConstants.CHANGE)))
                               && e.getMessage().getBody(Position.class).symbol().equals("BTCUSDT")));

        JsonNode login = sent("login").get(0).path("args").path(0);
        String timestamp = login.path("timestamp").asText();
        assertThat(timestamp).hasSize(10);
        assertThat(login.path("apiKey").asText()).isEqualTo(BITGET.apiKey().apiKey());
        assertThat(login.path("sign").asText())
                .isEqualTo(new BitgetSigner(BITGET.apiKey().secretKey()).signWebSocketLogin(timestamp));
        assertThat(sent("subscribe")).extracting(frame -> frame.path("args").path(0).path("channel").asText())
                .contains("orders", "positions");
        await().atMost(WAIT).until(() -> BITGET.simulator().streamLog().frames().stream()
                .filter(frame -> frame.text().equals("ping")).count() >= 2);
        List<StreamFrame> frames = BITGET.simulator().streamLog().frames();
        for (StreamFrame frame : frames) {
            assertThat(frames.stream().filter(other -> other.connection() == frame.connection()
                                                       && !other.receivedAt().isBefore(frame.receivedAt())
                                                       && other.receivedAt().isBefore(frame.receivedAt()
                                                               .plusSeconds(1))))
                    .as("frames of one connection in any second").hasSizeLessThanOrEqualTo(10);
        }
    }

    private static List<String> statuses(MockEndpoint orders, String orderId) {
        return orders.getReceivedExchanges().stream().map(e -> e.getMessage().getBody())
                .filter(FuturesOrder.class::isInstance).map(FuturesOrder.class::cast)
                .filter(order -> order.orderId().equals(orderId)).map(FuturesOrder::status).toList();
    }

    @Test
    void spotOrdersChannel() throws Exception {
        assumeClassicAccount();
        MockEndpoint orders = stream("spotOrders", "bitget:spot/stream/orders?symbol=BTCUSDT");
        awaitSubscribed("spotOrders");

        OrderResult placed = template.requestBody("bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&size=100"
                                                + "&orderType=market", null, OrderResult.class);

        await().atMost(WAIT).until(() -> orders.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(SpotOrder.class))
                .anyMatch(order -> order.orderId().equals(placed.orderId()) && order.status().equals("filled")));
        assertThat(orders.getReceivedExchanges().get(0).getMessage().getHeader(BitgetConstants.INST_TYPE))
                .isEqualTo("SPOT");
    }

    @Test
    void anOrderPlacedWhileDisconnectedIsReconciled() throws Exception {
        assumeClassicAccount();
        MockEndpoint orders = stream("orders", "bitget:futures/stream/orders?reconnectDelay=1500");
        awaitSubscribed("orders");

        BITGET.simulator().faults().dropStreams();
        OrderResult placed = template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                                   + "&orderType=market", null, OrderResult.class);

        await().atMost(WAIT).until(() -> orders.getReceivedExchanges().stream()
                .anyMatch(e -> "reconcile".equals(e.getMessage().getHeader(BitgetConstants.ACTION))
                               && e.getMessage().getBody(FuturesOrder.class).orderId().equals(placed.orderId())));
        assertThat(statuses(orders, placed.orderId())).containsExactly("filled");
        assertThat(health("orders").getDetails()).containsEntry("bitget.reconnects", 1L);
        assertThat(sent("login")).hasSize(2);
        assertThat(sent("subscribe")).hasSize(2);
        awaitSubscribed("orders");
    }

    @Test
    void aSilentConnectionIsReplaced() throws Exception {
        MockEndpoint tickers = stream("ticker", "bitget:futures/stream/ticker?symbol=BTCUSDT&silenceTimeout=800"
                                                + "&reconnectDelay=100");
        awaitReceived(tickers, 1);

        BITGET.simulator().faults().stallStreams(Duration.ofSeconds(2));

        moveMarketUntil(() -> sent("subscribe").size() == 2);
        int before = tickers.getReceivedCounter();
        awaitReceived(tickers, before + 2);
        assertThat((Long) health("ticker").getDetails().get("bitget.reconnects")).isPositive();
    }

    @Test
    void aMissingPongIsNoticedBeforeTheSilenceTimeout() throws Exception {
        stream("pong", "bitget:spot/stream/books1?symbol=BTCUSDT&pingInterval=200&pongTimeout=300"
                       + "&silenceTimeout=60000&reconnectDelay=100");
        awaitSubscribed("pong");

        BITGET.simulator().faults().stallStreams(Duration.ofMillis(1500));

        await().atMost(WAIT).until(() -> sent("subscribe").size() >= 2);
        assertThat((Long) health("pong").getDetails().get("bitget.reconnects")).isPositive();
    }

    @Test
    void aRefusedLoginIsDownWithBitgetsCodeAndNoSecretIsLogged() throws Exception {
        assumeClassicAccount();
        String wrong = "not-the-passphrase";
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setPassphrase(wrong);
        try (CapturedLogs logs = CapturedLogs.atTrace()) {
            stream("badKey", "bitget:futures/stream/orders?reconnectDelay=200");

            await().atMost(WAIT).untilAsserted(() -> {
                HealthCheck.Result result = health("badKey");
                assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
                assertThat(result.getDetails()).containsEntry("bitget.code", "30012");
                assertThat(result.getMessage().orElse("")).contains("30012").doesNotContain(wrong);
            });
            String signature = sent("login").get(0).path("args").path(0).path("sign").asText();
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(wrong)
                                                                 || line.contains(BITGET.apiKey().secretKey())
                                                                 || line.contains(signature));
        }
        assertThat(health("badKey").getDetails().toString()).doesNotContain(BITGET.apiKey().secretKey());
    }

    @Test
    void healthReportsTheSubscription() throws Exception {
        stream("health", "bitget:spot/stream/books5?symbol=BTCUSDT");

        awaitSubscribed("health");

        assertThat(health("health").getDetails()).containsEntry("bitget.channel", "SPOT/books5/BTCUSDT")
                .containsEntry("bitget.connectionState", "CONNECTED");
        assertThat((Map<String, Object>) health("health").getDetails()).containsKey("bitget.webSocketUrl");
    }
}
