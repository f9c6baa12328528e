package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.StreamTestClient.event;
import static org.assertj.core.api.Assertions.assertThat;

class PrivateStreamTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false));

    private static final String FUTURES_PLACE = "/api/v2/mix/order/place-order";
    private BitgetTestClient rest;
    private StreamTestClient stream;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        rest = new BitgetTestClient(BITGET.baseUrl());
        stream = StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/private");
        assertThat(stream.login().path("code").asText()).isEqualTo("0");
    }

    @AfterEach
    void tearDown() {
        stream.close();
    }

    private static Map<String, Object> futuresOrder(String side, String orderType, Object... extra) {
        Map<String, Object> order = body("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginMode", "crossed",
                "marginCoin", "USDT", "size", "0.01", "side", side, "orderType", orderType);
        order.putAll(body(extra));
        return order;
    }

    /** Subscribes and returns the first push: open orders, positions or balances ({@code fill} has none). */
    private JsonNode subscribe(String instType, String channel, String instId) {
        stream.subscribe(instType, channel, instId);
        stream.next(event("subscribe"));
        return channel.equals("fill") ? null : stream.nextData(channel, "snapshot").path("data");
    }

    @Test
    void aMarketOrderShowsLiveThenFilledOnEverySubscriberOfTheKey() {
        assertThat(subscribe("USDT-FUTURES", "orders", "default")).isEmpty();
        try (StreamTestClient second = StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/private")) {
            second.login();
            second.subscribe("USDT-FUTURES", "orders", "BTCUSDT");
            second.nextData("orders", "snapshot");

            String orderId = rest.post(FUTURES_PLACE, futuresOrder("buy", "market", "clientOid", "ws-market-1")).data()
                    .path("orderId").asText();

            for (StreamTestClient client : new StreamTestClient[] {stream, second}) {
                JsonNode live = client.nextData("orders", "snapshot").path("data").get(0);
                assertThat(live.path("orderId").asText()).isEqualTo(orderId);
                assertThat(live.path("clientOid").asText()).isEqualTo("ws-market-1");
                assertThat(live.path("status").asText()).isEqualTo("live");
                JsonNode filled = client.nextData("orders", "snapshot").path("data").get(0);
                assertThat(filled.path("status").asText()).isEqualTo("filled");
                assertThat(filled.path("fillPrice").asText()).isEqualTo("76000");
                assertThat(filled.path("accBaseVolume").asText()).isEqualTo("0.01");
                assertThat(filled.path("tradeScope").asText()).isEqualTo("T");
                assertThat(filled.path("reduceOnly").asText()).isEqualTo("no");
            }
        }
    }

    @Test
    void aCancelledLimitOrderEndsCanceledOnFuturesAndCancelledOnSpot() {
        subscribe("USDT-FUTURES", "orders", "default");
        subscribe("SPOT", "orders", "default");
        String orderId = rest.post(FUTURES_PLACE, futuresOrder("buy", "limit", "price", "70000", "force", "gtc")).data()
                .path("orderId").asText();
        assertThat(stream.nextData("orders", "snapshot").path("data").get(0).path("status").asText()).isEqualTo("live");
        rest.post("/api/v2/mix/order/cancel-order", body("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "orderId", orderId));
        JsonNode canceled = stream.nextData("orders", "snapshot");
        assertThat(canceled.path("arg").path("instType").asText()).isEqualTo("USDT-FUTURES");
        assertThat(canceled.path("data").get(0).path("status").asText()).isEqualTo("canceled");

        String spotId = rest.post("/api/v2/spot/trade/place-order", body("symbol", "BTCUSDT", "side", "buy",
                "orderType", "limit", "force", "gtc", "price", "70000", "size", "0.001")).data().path("orderId").asText();
        rest.post("/api/v2/spot/trade/cancel-order", body("symbol", "BTCUSDT", "orderId", spotId));
        JsonNode cancelled = stream.next(m -> m.path("arg").path("instType").asText().equals("SPOT")
                && m.path("data").path(0).path("status").asText().equals("cancelled"));
        assertThat(cancelled.path("data").get(0).path("orderId").asText()).isEqualTo(spotId);
    }

    @Test
    void positionsFillAndAccountFollowATrade() {
        assertThat(subscribe("USDT-FUTURES", "positions", "default")).isEmpty();
        subscribe("USDT-FUTURES", "fill", "default");
        JsonNode before = subscribe("USDT-FUTURES", "account", "default").get(0);
        assertThat(before.path("marginCoin").asText()).isEqualTo("USDT");
        assertThat(before.path("available").asText()).isEqualTo("100000");

        rest.post(FUTURES_PLACE, futuresOrder("buy", "market"));
        JsonNode fill = stream.nextData("fill", "snapshot").path("data").get(0);
        assertThat(fill.path("price").asText()).isEqualTo("76000");
        assertThat(fill.path("baseVolume").asText()).isEqualTo("0.01");
        assertThat(fill.path("tradeScope").asText()).isEqualTo("taker");
        assertThat(fill.path("feeDetail").get(0).path("totalFee").asText()).isEqualTo("-0.456");
        JsonNode opened = stream.nextData("positions", "snapshot").path("data");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).path("instId").asText()).isEqualTo("BTCUSDT");
        assertThat(opened.get(0).path("holdSide").asText()).isEqualTo("long");
        assertThat(opened.get(0).path("total").asText()).isEqualTo("0.01");
        assertThat(opened.get(0).path("leverage").isNumber()).isTrue();
        JsonNode after = stream.nextData("account", "snapshot").path("data").get(0);
        assertThat(after.path("equity").asText()).isEqualTo("99999.544");

        rest.post(FUTURES_PLACE, futuresOrder("sell", "market", "reduceOnly", "YES"));
        assertThat(stream.nextData("positions", "snapshot").path("data")).isEmpty();
    }

    @Test
    void spotTradesPushTheWalletAndEventsAreNotReplayedAfterADisconnect() {
        subscribe("SPOT", "account", "default");
        subscribe("SPOT", "fill", "BTCUSDT");
        rest.post("/api/v2/spot/trade/place-order", body("symbol", "BTCUSDT", "side", "sell", "orderType", "market",
                "size", "0.01"));
        assertThat(stream.nextData("fill", "snapshot").path("data").get(0).path("amount").asText()).isEqualTo("760");
        JsonNode wallet = stream.nextData("account", "snapshot").path("data");
        assertThat(wallet.findValuesAsText("coin")).contains("BTC", "USDT");

        stream.close();
        rest.post("/api/v2/spot/trade/place-order", body("symbol", "BTCUSDT", "side", "sell", "orderType", "market",
                "size", "0.01"));
        stream = StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/private");
        stream.login();
        subscribe("SPOT", "fill", "default");
        rest.post("/api/v2/spot/trade/place-order", body("symbol", "BTCUSDT", "side", "buy", "orderType", "market",
                "size", "100"));
        assertThat(stream.nextData("fill", "snapshot").path("data").get(0).path("side").asText()).isEqualTo("buy");
        assertThat(stream.received()).filteredOn(m -> m.path("arg").path("channel").asText().equals("fill")
                && m.has("action")).hasSize(1);
    }
}
