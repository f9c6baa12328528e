package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static io.github.camelbitget.simulator.UnifiedFuturesTradingTest.PLACE;
import static io.github.camelbitget.simulator.UnifiedFuturesTradingTest.order;
import static org.assertj.core.api.Assertions.assertThat;

/** v3 order and fill queries (list + cursor) and the parameter checks that catch a request still shaped for v2. */
class UnifiedQueriesAndParametersTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = BitgetSimulatorExtension.unified(b -> b.rateLimits(false));

    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private String resting(String price) {
        return client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", price))
                .data().get("orderId").asText();
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    private static void assertError(BitgetTestClient.Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.code()).as(reply.body()).isEqualTo(code);
    }

    @Test
    void unfilledOrdersPageNewestFirstWithACursor() {
        String first = resting("70000");
        String second = resting("70100");
        String third = resting("70200");
        client.post(PLACE, order("BTCUSDT", "buy", "0.01"));

        JsonNode page = client.get("/api/v3/trade/unfilled-orders", query("category", "USDT-FUTURES", "limit", "2")).data();
        assertThat(ids(page.get("list"), "orderId")).containsExactly(third, second);
        assertThat(page.get("cursor").asText()).isEqualTo(second);
        JsonNode next = client.get("/api/v3/trade/unfilled-orders", query("category", "USDT-FUTURES", "limit", "2",
                "cursor", second)).data();
        assertThat(ids(next.get("list"), "orderId")).containsExactly(first);
        JsonNode empty = client.get("/api/v3/trade/unfilled-orders", query("cursor", first)).data();
        assertThat(empty.get("list")).isEmpty();
        assertThat(empty.get("cursor").asText()).isEmpty();

        JsonNode order = page.get("list").get(0);
        for (String field : new String[] {"orderId", "clientOid", "category", "symbol", "orderType", "side", "price", "qty",
                "amount", "cumExecQty", "cumExecValue", "avgPrice", "timeInForce", "orderStatus", "posSide", "holdMode",
                "tradeSide", "reduceOnly", "stpMode", "feeDetail", "cancelReason", "execType", "createdTime", "updatedTime"}) {
            assertThat(order.has(field)).as(field).isTrue();
        }
        assertThat(order.get("orderStatus").asText()).isEqualTo("live");
        assertThat(order.get("feeDetail").get(0).get("fee").isNull()).isTrue();
        assertThat(client.get("/api/v3/trade/unfilled-orders", query("category", "SPOT")).data().get("list")).isEmpty();
        assertThat(client.get("/api/v3/trade/unfilled-orders", query("symbol", "ETHUSDT")).data().get("list")).isEmpty();
    }

    @Test
    void historyNeedsACategoryAndHoldsFinishedOrders() {
        String cancelled = resting("70000");
        client.post("/api/v3/trade/cancel-order", body("orderId", cancelled));
        String filled = client.post(PLACE, order("BTCUSDT", "buy", "0.01")).data().get("orderId").asText();
        resting("70000");

        JsonNode history = client.get("/api/v3/trade/history-orders", query("category", "USDT-FUTURES")).data().get("list");
        assertThat(ids(history, "orderId")).containsExactly(filled, cancelled);
        assertThat(ids(history, "orderStatus")).containsExactly("filled", "cancelled");
        assertError(client.get("/api/v3/trade/history-orders"), "40019");
        long future = System.currentTimeMillis() + 60_000;
        assertThat(client.get("/api/v3/trade/history-orders", query("category", "USDT-FUTURES", "startTime",
                Long.toString(future))).data().get("list")).isEmpty();
    }

    @Test
    void orderInfoFindsByIdOrClientOidAndAnswers25204Otherwise() {
        String orderId = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "info-1")).data().get("orderId").asText();
        assertThat(client.get("/api/v3/trade/order-info", query("clientOid", "info-1")).data().get("orderId").asText()).isEqualTo(orderId);
        assertError(client.get("/api/v3/trade/order-info", query("orderId", "42")), "25204");
        assertError(client.get("/api/v3/trade/order-info", query("clientOid", "nope")), "25204");
        assertError(client.get("/api/v3/trade/order-info"), "40019");
        assertError(client.get("/api/v3/trade/order-info", query("orderId", orderId, "symbol", "BTCUSDT")), "40034");
    }

    @Test
    void fillsCarryV3FieldsAndPage() {
        String buy = client.post(PLACE, order("BTCUSDT", "buy", "0.02", "clientOid", "f-1")).data().get("orderId").asText();
        BITGET.simulator().setPrice("BTCUSDT", "77000");
        String sell = client.post(PLACE, order("BTCUSDT", "sell", "0.02")).data().get("orderId").asText();
        client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "market", "qty", "100"));

        JsonNode all = client.get("/api/v3/trade/fills").data().get("list");
        assertThat(all).hasSize(3);
        JsonNode futures = client.get("/api/v3/trade/fills", query("category", "USDT-FUTURES", "limit", "1")).data();
        JsonNode close = futures.get("list").get(0);
        assertThat(close.get("orderId").asText()).isEqualTo(sell);
        assertThat(close.get("side").asText()).isEqualTo("sell");
        assertThat(close.get("execPrice").asText()).isEqualTo("77000");
        assertThat(close.get("execQty").asText()).isEqualTo("0.02");
        assertThat(close.get("execValue").asText()).isEqualTo("1540");
        assertThat(close.get("execPnl").asText()).isEqualTo("20");
        assertThat(close.get("tradeScope").asText()).isEqualTo("taker");
        assertThat(close.get("tradeSide").asText()).isEqualTo("sell_single");
        assertThat(close.get("feeDetail").get(0).get("fee").asText()).isEqualTo("0.924");
        assertThat(close.get("createdTime").asText()).matches("\\d{13}");

        JsonNode older = client.get("/api/v3/trade/fills", query("category", "USDT-FUTURES", "cursor",
                futures.get("cursor").asText())).data().get("list");
        assertThat(ids(older, "orderId")).containsExactly(buy);
        assertThat(older.get(0).get("clientOid").asText()).isEqualTo("f-1");
        assertThat(client.get("/api/v3/trade/fills", query("orderId", buy)).data().get("list")).hasSize(1);
    }

    @Test
    void v2OnlyFieldsAreRefused() {
        Map<String, String> v2Fields = Map.of("size", "0.01", "force", "gtc", "marginCoin", "USDT", "productType", "USDT-FUTURES",
                "newClientOid", "x", "presetStopSurplusPrice", "90000", "presetStopLossPrice", "60000");
        v2Fields.forEach((name, value) -> {
            BitgetTestClient.Reply reply = client.post(PLACE, order("BTCUSDT", "buy", "0.01", name, value));
            assertError(reply, "40034");
            assertThat(reply.json().get("msg").asText()).isEqualTo("Parameter " + name + " does not exist");
        });
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "tradeSide", "open")), "25236");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "holdSide", "long")), "25236");
        assertError(client.get("/api/v3/position/current-position", query("productType", "USDT-FUTURES")), "40034");
        assertError(client.get("/api/v3/position/current-position", query("category", "USDT-FUTURES", "holdSide", "long")), "25236");
        assertThat(BITGET.simulator().account().futuresOrders()).isEmpty();
    }

    @Test
    void missingOrUnknownParametersAreParameterErrors() {
        Map<String, Object> noQty = order("BTCUSDT", "buy", "0.01");
        noQty.remove("qty");
        assertError(client.post(PLACE, noQty), "40019");
        Map<String, Object> noCategory = order("BTCUSDT", "buy", "0.01");
        noCategory.remove("category");
        assertError(client.post(PLACE, noCategory), "40019");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "category", "MARGIN")), "40020");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "category", "USDT-FUTURE")), "40020");
        assertError(client.post(PLACE, order("BTCUSDT", "long", "0.01")), "40020");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "1e3")), "40020");
        assertError(client.get("/api/v3/position/current-position"), "40019");
        assertError(client.get("/api/v3/position/current-position", query("category", "SPOT")), "40020");
        assertError(client.get("/api/v3/trade/unfilled-orders", query("category", "OTHER")), "40020");
        assertError(client.post(PLACE, "{not json"), "40017");
    }

    @Test
    void coinMarginedAndUsdcContractsTradeOnV3Too() {
        assertThat(client.post(PLACE, body("category", "COIN-FUTURES", "symbol", "BTCUSD", "side", "buy", "orderType",
                "market", "qty", "0.01")).code()).isEqualTo("00000");
        assertThat(client.post(PLACE, body("category", "USDC-FUTURES", "symbol", "ETHPERP", "side", "sell", "orderType",
                "market", "qty", "0.1")).code()).isEqualTo("00000");
        JsonNode coinPosition = client.get("/api/v3/position/current-position", query("category", "COIN-FUTURES"))
                .data().get("list").get(0);
        assertThat(coinPosition.get("marginCoin").asText()).isEqualTo("BTC");
        JsonNode usdc = client.get("/api/v3/position/current-position", query("category", "USDC-FUTURES", "posSide", "short"))
                .data().get("list");
        assertThat(usdc).hasSize(1);
        assertThat(client.get("/api/v3/position/current-position", query("category", "USDC-FUTURES", "posSide", "long"))
                .data().get("list")).isEmpty();
        assertError(client.post(PLACE, body("category", "COIN-FUTURES", "symbol", "BTCUSDT", "side", "buy", "orderType",
                "market", "qty", "0.01")), "25100");
    }
}
