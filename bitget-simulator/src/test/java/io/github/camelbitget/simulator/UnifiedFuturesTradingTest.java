package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

/** Futures on the v3 API of a unified account: direction rules, close, leverage, hold mode, batch, modify. */
class UnifiedFuturesTradingTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = BitgetSimulatorExtension.unified(b -> b.rateLimits(false));

    static final String PLACE = "/api/v3/trade/place-order";
    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        BITGET.simulator().setPrice("ETHUSDT", "2900");
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    static Map<String, Object> order(String symbol, String side, String qty, Object... extra) {
        Map<String, Object> order = body("category", "USDT-FUTURES", "symbol", symbol, "side", side, "orderType", "market",
                "qty", qty);
        order.putAll(body(extra));
        return order;
    }

    private JsonNode positions() {
        return client.get("/api/v3/position/current-position", query("category", "USDT-FUTURES")).data().get("list");
    }

    private JsonNode orderInfo(String orderId) {
        return client.get("/api/v3/trade/order-info", query("orderId", orderId)).data();
    }

    private static void assertError(BitgetTestClient.Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.code()).as(reply.body()).isEqualTo(code);
        assertThat(reply.data().isNull()).isTrue();
    }

    private void hedgeMode() {
        assertThat(client.post("/api/v3/account/set-hold-mode", body("holdMode", "hedge_mode")).data().asText()).isEqualTo("success");
    }

    @Test
    void marketOrderOpensAPositionReportedWithV3Names() {
        BitgetTestClient.Reply placed = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "camel-0001"));
        assertThat(placed.code()).isEqualTo("00000");
        assertThat(placed.data().get("clientOid").asText()).isEqualTo("camel-0001");
        BITGET.simulator().setPrice("BTCUSDT", "77000");

        JsonNode position = positions().get(0);
        assertThat(position.get("category").asText()).isEqualTo("USDT-FUTURES");
        assertThat(position.get("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(position.get("marginCoin").asText()).isEqualTo("USDT");
        assertThat(position.get("holdMode").asText()).isEqualTo("one_way_mode");
        assertThat(position.get("posSide").asText()).isEqualTo("long");
        assertThat(position.get("marginMode").asText()).isEqualTo("crossed");
        assertThat(position.get("total").asText()).isEqualTo("0.01");
        assertThat(position.get("available").asText()).isEqualTo("0.01");
        assertThat(position.get("frozen").asText()).isEqualTo("0");
        assertThat(position.get("avgPrice").asText()).isEqualTo("76000");
        assertThat(position.get("markPrice").asText()).isEqualTo("77000");
        assertThat(position.get("unrealisedPnl").asText()).isEqualTo("10");
        assertThat(position.get("positionBalance").asText()).isEqualTo("38");
        assertThat(position.get("leverage").asText()).isEqualTo("20");
        assertThat(position.get("profitRate").asText()).isEqualTo("0.26315789");
        assertThat(position.get("openFeeTotal").asText()).isEqualTo("-0.456");
        assertThat(position.get("closeFeeTotal").asText()).isEqualTo("0");
        assertThat(position.get("positionStatus").asText()).isEqualTo("normal");
        assertThat(position.has("holdSide")).isFalse();

        JsonNode order = orderInfo(placed.data().get("orderId").asText());
        assertThat(order.get("orderStatus").asText()).isEqualTo("filled");
        assertThat(order.get("category").asText()).isEqualTo("USDT-FUTURES");
        assertThat(order.get("qty").asText()).isEqualTo("0.01");
        assertThat(order.get("cumExecQty").asText()).isEqualTo("0.01");
        assertThat(order.get("cumExecValue").asText()).isEqualTo("760");
        assertThat(order.get("avgPrice").asText()).isEqualTo("76000");
        assertThat(order.get("feeDetail").get(0).get("feeCoin").asText()).isEqualTo("USDT");
        assertThat(order.get("feeDetail").get(0).get("fee").asText()).isEqualTo("0.456");
        assertThat(order.get("holdMode").asText()).isEqualTo("one_way_mode");
        assertThat(order.get("reduceOnly").asText()).isEqualTo("NO");
        assertThat(order.get("createdTime").asText()).matches("\\d{13}");
        assertThat(order.get("takeProfit").asText()).isEmpty();
    }

    @Test
    void takeProfitAndStopLossAreKeptOnTheOrder() {
        String orderId = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000",
                "takeProfit", "90000", "stopLoss", "65000.0")).data().get("orderId").asText();
        JsonNode order = orderInfo(orderId);
        assertThat(order.get("takeProfit").asText()).isEqualTo("90000");
        assertThat(order.get("stopLoss").asText()).isEqualTo("65000");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "takeProfit", "-1")), "40020");
        assertError(client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "market",
                "qty", "100", "takeProfit", "90000")), "40020");
    }

    @Test
    void hedgeModeClosesALongWithSideSellAndPosSideLong() {
        hedgeMode();
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.02", "posSide", "long")).code()).isEqualTo("00000");
        assertThat(client.post(PLACE, order("BTCUSDT", "sell", "0.01", "posSide", "short")).code()).isEqualTo("00000");
        assertThat(positions()).extracting(p -> p.get("posSide").asText()).containsExactlyInAnyOrder("long", "short");

        String close = client.post(PLACE, order("BTCUSDT", "sell", "0.015", "posSide", "long")).data().get("orderId").asText();
        JsonNode remaining = positions();
        assertThat(remaining).hasSize(2);
        JsonNode longPosition = remaining.get(0).get("posSide").asText().equals("long") ? remaining.get(0) : remaining.get(1);
        assertThat(longPosition.get("total").asText()).isEqualTo("0.005");
        assertThat(longPosition.get("holdMode").asText()).isEqualTo("hedge_mode");
        assertThat(longPosition.get("closeFeeTotal").asText()).isEqualTo("-0.684");

        JsonNode order = orderInfo(close);
        assertThat(order.get("side").asText()).isEqualTo("sell");
        assertThat(order.get("posSide").asText()).isEqualTo("long");
        assertThat(order.get("tradeSide").asText()).isEqualTo("close");
        JsonNode fill = client.get("/api/v3/trade/fills", query("orderId", close)).data().get("list").get(0);
        assertThat(fill.get("side").asText()).isEqualTo("sell");
        assertThat(fill.get("tradeSide").asText()).isEqualTo("close");

        // buy + posSide=short closes the short
        client.post(PLACE, order("BTCUSDT", "buy", "0.01", "posSide", "short"));
        assertThat(positions()).extracting(p -> p.get("posSide").asText()).containsExactly("long");
    }

    @Test
    void hedgeModeRefusesV2DirectionFieldsAndMissingPosSide() {
        hedgeMode();
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "tradeSide", "open")), "25236");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01")), "40019");
        assertError(client.post(PLACE, order("BTCUSDT", "sell", "0.01", "posSide", "long", "reduceOnly", "yes")), "25232");
        // closing a long that does not exist
        assertError(client.post(PLACE, order("BTCUSDT", "sell", "0.01", "posSide", "long")), "25232");
        assertThat(positions()).isEmpty();
    }

    @Test
    void oneWayReduceOnlyOnlyReduces() {
        client.post(PLACE, order("ETHUSDT", "buy", "1"));
        assertThat(client.post(PLACE, order("ETHUSDT", "sell", "0.4", "reduceOnly", "yes")).code()).isEqualTo("00000");
        assertThat(positions().get(0).get("total").asText()).isEqualTo("0.6");

        assertError(client.post(PLACE, order("ETHUSDT", "sell", "1", "reduceOnly", "yes")), "25232");
        assertError(client.post(PLACE, order("ETHUSDT", "sell", "0.1", "posSide", "long")), "25236");
        assertError(client.post(PLACE, order("ETHUSDT", "sell", "0.1", "posSide", "long", "reduceOnly", "yes")), "25232");

        String reduce = client.post(PLACE, order("ETHUSDT", "sell", "0.6", "reduceOnly", "yes")).data().get("orderId").asText();
        assertThat(positions()).isEmpty();
        assertThat(orderInfo(reduce).get("reduceOnly").asText()).isEqualTo("YES");
        assertThat(orderInfo(reduce).get("tradeSide").asText()).isEqualTo("sell_single");
    }

    @Test
    void clientOidIsRefusedOnlyWhileItsOrderIsOpen() {
        Map<String, Object> resting = order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000", "clientOid", "dup-1");
        String first = client.post(PLACE, resting).data().get("orderId").asText();
        BitgetTestClient.Reply duplicate = client.post(PLACE, resting);
        assertError(duplicate, "25212");
        assertThat(duplicate.json().get("msg").asText()).isEqualTo("Duplicate clientOid");
        // open orders of other categories count too
        assertError(client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "limit",
                "price", "70000", "qty", "0.01", "clientOid", "dup-1")), "25212");

        client.post("/api/v3/trade/cancel-order", body("clientOid", "dup-1"));
        String second = client.post(PLACE, resting).data().get("orderId").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(orderInfo(second).get("orderStatus").asText()).isEqualTo("live");

        // a filled order frees its clientOid at once
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "mkt.1:a/b_c")).code()).isEqualTo("00000");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "mkt.1:a/b_c")).code()).isEqualTo("00000");

        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "has#hash")), "40020");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "x".repeat(33))), "40020");
    }

    @Test
    void insufficientMarginIs25203AndBadQuantitiesGetV3Codes() {
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "100")), "25203");
        BitgetTestClient.Reply precision = client.post(PLACE, order("BTCUSDT", "buy", "0.00001"));
        assertError(precision, "40808");
        assertThat(precision.json().get("msg").asText()).contains("qty").doesNotContain("size");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000.05")), "40808");
        assertError(client.post(PLACE, order("NOPEUSDT", "buy", "1")), "25100");
        assertError(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit")), "40019");
    }

    @Test
    void placeBatchTakesAnArrayAndReportsEachItem() {
        String batch = "[" + String.join(",",
                BitgetTestClient.json(order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000", "clientOid", "b-1")),
                BitgetTestClient.json(order("ETHUSDT", "buy", "0.1", "clientOid", "b-2")),
                BitgetTestClient.json(order("BTCUSDT", "buy", "0.01", "size", "0.01", "clientOid", "b-3")),
                BitgetTestClient.json(order("BTCUSDT", "buy", "50", "clientOid", "b-4"))) + "]";
        BitgetTestClient.Reply reply = client.post("/api/v3/trade/place-batch", batch);
        assertThat(reply.code()).isEqualTo("00000");
        JsonNode items = reply.data();
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("orderId").asText()).isNotEmpty();
        assertThat(items.get(0).get("clientOid").asText()).isEqualTo("b-1");
        assertThat(items.get(0).get("code").asText()).isEmpty();
        assertThat(items.get(1).get("orderId").asText()).isNotEmpty();
        assertThat(items.get(2).get("orderId").asText()).isEmpty();
        assertThat(items.get(2).get("clientOid").asText()).isEqualTo("b-3");
        assertThat(items.get(2).get("code").asText()).isEqualTo("40034");
        assertThat(items.get(2).get("msg").asText()).isEqualTo("Parameter size does not exist");
        assertThat(items.get(3).get("code").asText()).isEqualTo("25203");
        assertThat(BITGET.simulator().account().futuresOrders()).hasSize(2);

        assertError(client.post("/api/v3/trade/place-batch", body("orderList", List.of(order("BTCUSDT", "buy", "0.01")))), "40017");
        assertError(client.post("/api/v3/trade/place-batch", "[" + String.join(",", Collections.nCopies(21,
                BitgetTestClient.json(order("BTCUSDT", "buy", "0.01")))) + "]"), "40017");
        Map<String, Object> spot = body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "market", "qty", "10");
        assertError(client.post("/api/v3/trade/place-batch",
                "[" + BitgetTestClient.json(order("BTCUSDT", "buy", "0.01")) + "," + BitgetTestClient.json(spot) + "]"), "40017");
    }

    @Test
    void cancelByOrderIdOrClientOidOnlyWhileOpen() {
        String orderId = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000",
                "clientOid", "c-1")).data().get("orderId").asText();
        BitgetTestClient.Reply cancelled = client.post("/api/v3/trade/cancel-order", body("orderId", orderId, "category", "USDT-FUTURES"));
        assertThat(cancelled.code()).isEqualTo("00000");
        assertThat(cancelled.data().get("orderId").asText()).isEqualTo(orderId);
        assertThat(cancelled.data().get("clientOid").asText()).isEqualTo("c-1");
        assertThat(orderInfo(orderId).get("orderStatus").asText()).isEqualTo("cancelled");
        assertThat(orderInfo(orderId).get("cancelReason").asText()).isNotEmpty();

        assertError(client.post("/api/v3/trade/cancel-order", body("orderId", orderId)), "25204");
        assertError(client.post("/api/v3/trade/cancel-order", body("orderId", "123")), "25204");
        assertError(client.post("/api/v3/trade/cancel-order", body()), "40019");

        client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000", "clientOid", "c-2"));
        assertError(client.post("/api/v3/trade/cancel-order", body("clientOid", "c-2", "category", "SPOT")), "25204");
        assertThat(client.post("/api/v3/trade/cancel-order", body("clientOid", "c-2")).code()).isEqualTo("00000");
    }

    @Test
    void modifyChangesPriceAndQtyInPlace() {
        String orderId = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000",
                "clientOid", "m-1")).data().get("orderId").asText();
        BitgetTestClient.Reply modified = client.post("/api/v3/trade/modify-order", body("orderId", orderId, "price", "71000",
                "symbol", "BTCUSDT", "category", "USDT-FUTURES"));
        assertThat(modified.code()).isEqualTo("00000");
        assertThat(modified.data().get("orderId").asText()).isEqualTo(orderId);
        assertThat(modified.data().get("clientOid").asText()).isEqualTo("m-1");
        assertThat(orderInfo(orderId).get("price").asText()).isEqualTo("71000");

        client.post("/api/v3/trade/modify-order", body("clientOid", "m-1", "qty", "0.02"));
        JsonNode order = orderInfo(orderId);
        assertThat(order.get("qty").asText()).isEqualTo("0.02");
        assertThat(order.get("price").asText()).isEqualTo("71000");

        // refused amendments: the order stays as it was, or goes with autoCancel=yes
        assertError(client.post("/api/v3/trade/modify-order", body("orderId", orderId, "qty", "40")), "25203");
        assertThat(orderInfo(orderId).get("orderStatus").asText()).isEqualTo("live");
        assertThat(orderInfo(orderId).get("qty").asText()).isEqualTo("0.02");
        assertError(client.post("/api/v3/trade/modify-order", body("orderId", orderId, "qty", "40", "autoCancel", "yes")), "25203");
        assertThat(orderInfo(orderId).get("orderStatus").asText()).isEqualTo("cancelled");

        assertError(client.post("/api/v3/trade/modify-order", body("orderId", orderId, "price", "72000")), "25204");
        assertError(client.post("/api/v3/trade/modify-order", body("orderId", orderId)), "40017");
        assertError(client.post("/api/v3/trade/modify-order", body("orderId", orderId, "newClientOid", "x", "price", "1")), "40034");

        String marketable = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000"))
                .data().get("orderId").asText();
        client.post("/api/v3/trade/modify-order", body("orderId", marketable, "price", "77000"));
        assertThat(orderInfo(marketable).get("orderStatus").asText()).isEqualTo("filled");
        assertThat(orderInfo(marketable).get("avgPrice").asText()).isEqualTo("76000");
    }

    @Test
    void closePositionsClosesAtMarketAndAnswers25227WhenFlat() {
        client.post(PLACE, order("BTCUSDT", "buy", "0.01"));
        client.post(PLACE, order("ETHUSDT", "sell", "1"));
        BitgetTestClient.Reply closed = client.post("/api/v3/trade/close-positions", body("category", "USDT-FUTURES",
                "symbol", "BTCUSDT"));
        assertThat(closed.code()).isEqualTo("00000");
        JsonNode list = closed.data().get("list");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("orderId").asText()).isNotEmpty();
        assertThat(list.get(0).get("clientOid").asText()).isNotEmpty();
        assertThat(list.get(0).get("code").asText()).isEmpty();
        assertThat(positions()).extracting(p -> p.get("symbol").asText()).containsExactly("ETHUSDT");

        assertError(client.post("/api/v3/trade/close-positions", body("category", "USDT-FUTURES", "holdSide", "short")), "25236");
        assertThat(client.post("/api/v3/trade/close-positions", body("category", "USDT-FUTURES")).data().get("list")).hasSize(1);
        assertError(client.post("/api/v3/trade/close-positions", body("category", "USDT-FUTURES")), "25227");
        assertError(client.post("/api/v3/trade/close-positions", body("category", "SPOT")), "40020");
    }

    @Test
    void leverageAndHoldModeAreAccountSettings() {
        assertThat(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "BTCUSDT",
                "leverage", "10")).data().asText()).isEqualTo("success");
        JsonNode settings = client.get("/api/v3/account/settings").data();
        assertThat(settings.get("accountMode").asText()).isEqualTo("unified");
        assertThat(settings.get("holdMode").asText()).isEqualTo("one_way_mode");
        assertThat(settings.get("uid").asText()).isEqualTo(BITGET.simulator().account().uid());
        assertThat(settings.get("coinConfigList").isArray()).isTrue();
        JsonNode btc = null;
        for (JsonNode config : settings.get("symbolConfigList")) {
            if (config.get("symbol").asText().equals("BTCUSDT")) {
                btc = config;
            }
        }
        assertThat(btc).isNotNull();
        assertThat(btc.get("category").asText()).isEqualTo("USDT-FUTURES");
        assertThat(btc.get("leverage").asText()).isEqualTo("10");
        assertThat(btc.get("marginMode").asText()).isEqualTo("crossed");

        client.post(PLACE, order("BTCUSDT", "buy", "0.01"));
        assertThat(positions().get(0).get("leverage").asText()).isEqualTo("10");
        assertThat(positions().get(0).get("positionBalance").asText()).isEqualTo("76");

        assertError(client.post("/api/v3/account/set-hold-mode", body("holdMode", "hedge_mode")), "25010");
        assertError(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "BTCUSDT",
                "leverage", "10", "marginCoin", "USDT")), "40034");
        assertError(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "ETHUSDT",
                "leverage", "10", "holdSide", "long")), "25236");
        assertError(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "ETHUSDT",
                "leverage", "10", "marginMode", "isolated")), "40019");
        assertThat(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "ETHUSDT",
                "leverage", "5", "marginMode", "isolated", "posSide", "long")).code()).isEqualTo("00000");
        assertError(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "BTCUSDT",
                "leverage", "5", "marginMode", "isolated", "posSide", "long")), "45117");
        assertError(client.post("/api/v3/account/set-leverage", body("category", "USDT-FUTURES", "symbol", "ETHUSDT",
                "leverage", "500", "posSide", "long")), "40020");

        client.post("/api/v3/trade/close-positions", body("category", "USDT-FUTURES"));
        hedgeMode();
        assertThat(client.get("/api/v3/account/settings").data().get("holdMode").asText()).isEqualTo("hedge_mode");
        assertThat(BITGET.simulator().account().positionMode(ProductType.COIN_FUTURES)).isEqualTo(PositionMode.HEDGE);
        assertError(client.post("/api/v3/account/set-hold-mode", body("holdMode", "both")), "40020");
    }
}
