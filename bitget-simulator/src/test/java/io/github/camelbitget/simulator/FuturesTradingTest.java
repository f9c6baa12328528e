package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

class FuturesTradingTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false));

    private static final String PLACE = "/api/v2/mix/order/place-order";
    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private static Map<String, Object> order(String symbol, String side, String size, Object... extra) {
        Map<String, Object> order = body("symbol", symbol, "productType", "USDT-FUTURES", "marginMode", "crossed",
                "marginCoin", "USDT", "size", size, "side", side, "orderType", "market");
        order.putAll(body(extra));
        return order;
    }

    private JsonNode positions() {
        return client.get("/api/v2/mix/position/all-position", query("productType", "USDT-FUTURES")).data();
    }

    private JsonNode usdtAccount() {
        return client.get("/api/v2/mix/account/accounts", query("productType", "USDT-FUTURES")).data().get(0);
    }

    @Test
    void marketOrderFillsAtOnceAndOpensAPositionAtTheAveragePrice() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01")).code()).isEqualTo("00000");
        BITGET.simulator().setPrice("BTCUSDT", "78000");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.03")).code()).isEqualTo("00000");

        JsonNode position = positions().get(0);
        assertThat(position.get("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(position.get("holdSide").asText()).isEqualTo("long");
        assertThat(position.get("total").asText()).isEqualTo("0.04");
        assertThat(position.get("available").asText()).isEqualTo("0.04");
        assertThat(position.get("openPriceAvg").asText()).isEqualTo("77500");
        assertThat(position.get("markPrice").asText()).isEqualTo("78000");
        assertThat(position.get("unrealizedPL").asText()).isEqualTo("20");
        assertThat(position.get("leverage").asText()).isEqualTo("20");
        assertThat(position.get("marginMode").asText()).isEqualTo("crossed");
        assertThat(position.get("posMode").asText()).isEqualTo("one_way_mode");
        assertThat(position.get("marginSize").asText()).isEqualTo("155");
        assertThat(new BigDecimal(position.get("liquidationPrice").asText())).isGreaterThanOrEqualTo(BigDecimal.ZERO);

        // taker fee 0.06 % of 760 + 2340 USDT
        JsonNode account = usdtAccount();
        assertThat(account.get("accountEquity").asText()).isEqualTo("100018.14");
        assertThat(account.get("available").asText()).isEqualTo("99843.14");
        assertThat(account.get("unrealizedPL").asText()).isEqualTo("20");

        JsonNode fills = client.get("/api/v2/mix/order/fills", query("productType", "USDT-FUTURES")).data().get("fillList");
        assertThat(fills).hasSize(2);
        assertThat(fills.get(0).get("price").asText()).isEqualTo("78000");
        assertThat(fills.get(0).get("tradeScope").asText()).isEqualTo("taker");
        assertThat(fills.get(0).get("feeDetail").get(0).get("totalFee").asText()).isEqualTo("-1.404");
    }

    @Test
    void numbersWithExponentsOrHugeLengthsAreParameterErrorsNotStalls() {
        for (String size : new String[] { "362e654068", "1E+3", "1" + "0".repeat(40) }) {
            BitgetTestClient.Reply reply = client.post(PLACE, order("BTCUSDT", "buy", size));
            assertThat(reply.code()).as(size).isEqualTo("40020");
        }
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01")).code()).isEqualTo("00000");
    }

    @Test
    void limitOrderRestsUntilThePriceReachesIt() {
        BITGET.simulator().setPrice("ETHUSDT", "2900");
        String orderId = client.post(PLACE, order("ETHUSDT", "buy", "1", "orderType", "limit", "price", "2850",
                "force", "gtc", "clientOid", "rest-1")).data().get("orderId").asText();
        assertThat(positions()).isEmpty();
        JsonNode held = usdtAccount();
        assertThat(held.get("locked").asText()).isNotEqualTo("0");

        BITGET.simulator().setPrice("ETHUSDT", "2851");
        assertThat(status(orderId)).isEqualTo("live");
        BITGET.simulator().setPrice("ETHUSDT", "2849.5");
        assertThat(status(orderId)).isEqualTo("filled");

        JsonNode position = positions().get(0);
        assertThat(position.get("openPriceAvg").asText()).isEqualTo("2850");
        assertThat(position.get("total").asText()).isEqualTo("1");
        JsonNode fill = client.get("/api/v2/mix/order/fills", query("productType", "USDT-FUTURES", "orderId", orderId))
                .data().get("fillList").get(0);
        assertThat(fill.get("tradeScope").asText()).isEqualTo("maker");
        assertThat(fill.get("feeDetail").get(0).get("totalFee").asText()).isEqualTo("-0.57");
        assertThat(usdtAccount().get("locked").asText()).isEqualTo("0");
    }

    @Test
    void limitOrdersAlsoFillWhenThePriceWalks() {
        BitgetSimulator simulator = BITGET.simulator();
        BigDecimal start = simulator.price("BTCUSDT");
        client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", start.subtract(BigDecimal.ONE).toPlainString()));
        client.post(PLACE, order("BTCUSDT", "sell", "0.01", "orderType", "limit", "price", start.add(BigDecimal.ONE).toPlainString()));
        for (int i = 0; i < 1000 && simulator.account().futuresOrders().stream().anyMatch(o -> o.status().equals("live")); i++) {
            simulator.advancePrices(1);
        }
        assertThat(simulator.account().futuresOrders()).extracting(OrderSnapshot::status).containsOnly("filled");
    }

    private String status(String orderId) {
        return client.get("/api/v2/mix/order/detail", query("symbol", "ETHUSDT", "productType", "USDT-FUTURES", "orderId", orderId))
                .data().get("status").asText();
    }

    @Test
    void oneWayModeNetsAndFlipsThePosition() {
        client.post(PLACE, order("ETHUSDT", "buy", "1"));
        client.post(PLACE, order("ETHUSDT", "sell", "3"));
        JsonNode position = positions().get(0);
        assertThat(position.get("holdSide").asText()).isEqualTo("short");
        assertThat(position.get("total").asText()).isEqualTo("2");

        BitgetTestClient.Reply reduce = client.post(PLACE, order("ETHUSDT", "buy", "0.5", "reduceOnly", "YES"));
        assertThat(reduce.code()).isEqualTo("00000");
        assertThat(positions().get(0).get("total").asText()).isEqualTo("1.5");

        assertThat(client.post(PLACE, order("ETHUSDT", "buy", "2", "reduceOnly", "YES")).code()).isEqualTo("40757");
        assertThat(client.post(PLACE, order("ETHUSDT", "buy", "0.5", "tradeSide", "open")).code()).isEqualTo("40774");
    }

    @Test
    void hedgeModeKeepsLongAndShortAndClosesWithTheSideOfThePosition() {
        assertThat(client.post("/api/v2/mix/account/set-position-mode",
                body("productType", "USDT-FUTURES", "posMode", "hedge_mode")).data().get("posMode").asText()).isEqualTo("hedge_mode");

        BitgetTestClient.Reply missingTradeSide = client.post(PLACE, order("BTCUSDT", "buy", "0.01"));
        assertThat(missingTradeSide.status()).isEqualTo(400);
        assertThat(missingTradeSide.code()).isEqualTo("40774");

        client.post(PLACE, order("BTCUSDT", "buy", "0.02", "tradeSide", "open"));
        client.post(PLACE, order("BTCUSDT", "sell", "0.01", "tradeSide", "open"));
        assertThat(positions()).extracting(p -> p.get("holdSide").asText()).containsExactlyInAnyOrder("long", "short");

        // close long = side buy + tradeSide close
        BitgetTestClient.Reply closeLong = client.post(PLACE, order("BTCUSDT", "buy", "0.02", "tradeSide", "close"));
        assertThat(closeLong.code()).isEqualTo("00000");
        JsonNode remaining = positions();
        assertThat(remaining).hasSize(1);
        assertThat(remaining.get(0).get("holdSide").asText()).isEqualTo("short");
        assertThat(remaining.get(0).get("posMode").asText()).isEqualTo("hedge_mode");

        assertThat(client.post(PLACE, order("BTCUSDT", "sell", "0.02", "tradeSide", "close")).code()).isEqualTo("40757");

        JsonNode closeOrder = client.get("/api/v2/mix/order/detail", query("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "orderId", closeLong.data().get("orderId").asText())).data();
        assertThat(closeOrder.get("posSide").asText()).isEqualTo("long");
        assertThat(closeOrder.get("tradeSide").asText()).isEqualTo("close");
        assertThat(closeOrder.get("side").asText()).isEqualTo("buy");
    }

    @Test
    void closePositionsFlattensEverything() {
        client.post(PLACE, order("BTCUSDT", "buy", "0.01"));
        client.post(PLACE, order("ETHUSDT", "sell", "1"));
        client.post(PLACE, order("ETHUSDT", "buy", "0.5", "reduceOnly", "YES", "orderType", "limit", "price", "2000"));

        BitgetTestClient.Reply closed = client.post("/api/v2/mix/order/close-positions", body("productType", "USDT-FUTURES"));
        assertThat(closed.code()).isEqualTo("00000");
        assertThat(closed.data().get("successList")).extracting(s -> s.get("symbol").asText())
                .containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT");
        assertThat(closed.data().get("failureList")).isEmpty();
        assertThat(positions()).isEmpty();
        assertThat(BITGET.simulator().account().futuresOrders()).noneMatch(o -> o.status().equals("live"));

        BitgetTestClient.Reply nothing = client.post("/api/v2/mix/order/close-positions", body("productType", "USDT-FUTURES"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.code()).isEqualTo("22002");
        assertThat(nothing.json().get("data").isNull()).isTrue();
    }

    @Test
    void rejectsOrdersLikeBitget() {
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "100")).code()).isEqualTo("43012");
        BitgetTestClient.Reply tooPrecise = client.post(PLACE, order("BTCUSDT", "buy", "0.01055"));
        assertThat(tooPrecise.code()).isEqualTo("40808");
        assertThat(tooPrecise.json().get("msg").asText())
                .isEqualTo("Parameter verification exception size checkBDScale error value=0.01055 checkScale=4");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000.25")).code())
                .isEqualTo("40808");
        BitgetTestClient.Reply tooSmall = client.post(PLACE, order("BTCUSDT", "buy", "0.0001", "orderType", "limit", "price", "40000"));
        assertThat(tooSmall.code()).isEqualTo("45110");
        assertThat(tooSmall.json().get("msg").asText()).isEqualTo("less than the minimum amount 5 USDT");
        assertThat(client.post(PLACE, order("XRPUSDT", "buy", "5")).code()).isEqualTo("45111");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit")).code()).isEqualTo("40019");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "stop")).code()).isEqualTo("40020");
        assertThat(client.post(PLACE, order("NOPEUSDT", "buy", "0.01")).code()).isEqualTo("40034");
        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "bad oid!")).code()).isEqualTo("40305");

        assertThat(client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "dup-1")).code()).isEqualTo("00000");
        BitgetTestClient.Reply duplicate = client.post(PLACE, order("BTCUSDT", "buy", "0.01", "clientOid", "dup-1"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.code()).isEqualTo("43118");
        assertThat(duplicate.json().get("msg").asText()).isEqualTo("clientOrderId duplicate");
    }

    @Test
    void acceptsEnumsAndProductTypesInAnyCase() {
        BitgetTestClient.Reply placed = client.post(PLACE, body("symbol", "btcusdt", "productType", "usdt-futures",
                "marginMode", "Crossed", "marginCoin", "usdt", "size", "0.010", "price", "70000.0", "side", "BUY",
                "orderType", "Limit", "force", "GTC"));
        assertThat(placed.code()).isEqualTo("00000");
        assertThat(BITGET.simulator().account().futuresOrders().get(0).symbol()).isEqualTo("BTCUSDT");
    }

    @Test
    void batchPlaceOrderReportsEachItem() {
        BitgetTestClient.Reply batch = client.post("/api/v2/mix/order/batch-place-order", body(
                "symbol", "ETHUSDT", "productType", "USDT-FUTURES", "marginCoin", "USDT", "marginMode", "crossed",
                "orderList", List.of(
                        body("size", "0.1", "side", "buy", "orderType", "limit", "price", "2500", "clientOid", "b-1"),
                        body("size", "0.1", "side", "buy", "orderType", "limit", "price", "2501", "clientOid", "b-1"),
                        body("size", "0.1", "side", "sell", "orderType", "limit", "price", "3500", "clientOid", "b-2"))));
        assertThat(batch.code()).isEqualTo("00000");
        assertThat(batch.data().get("successList")).extracting(s -> s.get("clientOid").asText()).containsExactly("b-1", "b-2");
        JsonNode failure = batch.data().get("failureList").get(0);
        assertThat(failure.get("clientOid").asText()).isEqualTo("b-1");
        assertThat(failure.get("errorCode").asText()).isEqualTo("43118");
        assertThat(failure.get("errorMsg").asText()).isEqualTo("clientOrderId duplicate");
    }

    @Test
    void modifyOrderReplacesTheOrderUnderTheNewClientOid() {
        client.post(PLACE, order("ETHUSDT", "buy", "1", "orderType", "limit", "price", "2500", "clientOid", "m-1"));
        Map<String, Object> modify = body("symbol", "ETHUSDT", "productType", "USDT-FUTURES", "clientOid", "m-1",
                "newClientOid", "m-2", "newPrice", "2600");
        assertThat(client.post("/api/v2/mix/order/modify-order", modify).code()).isEqualTo("40925");

        modify.put("newSize", "2");
        BitgetTestClient.Reply modified = client.post("/api/v2/mix/order/modify-order", modify);
        assertThat(modified.code()).isEqualTo("00000");
        assertThat(modified.data().get("clientOid").asText()).isEqualTo("m-2");

        JsonNode old = client.get("/api/v2/mix/order/detail", query("symbol", "ETHUSDT", "productType", "USDT-FUTURES", "clientOid", "m-1")).data();
        assertThat(old.get("status").asText()).isEqualTo("canceled");
        JsonNode replacement = client.get("/api/v2/mix/order/detail", query("symbol", "ETHUSDT", "productType", "USDT-FUTURES", "clientOid", "m-2")).data();
        assertThat(replacement.get("status").asText()).isEqualTo("live");
        assertThat(replacement.get("price").asText()).isEqualTo("2600");
        assertThat(replacement.get("size").asText()).isEqualTo("2");
    }

    @Test
    void accountSettingsFollowBitgetsRules() {
        Map<String, Object> leverage = body("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginCoin", "USDT", "leverage", "10");
        JsonNode set = client.post("/api/v2/mix/account/set-leverage", leverage).data();
        assertThat(set.get("crossMarginLeverage").asText()).isEqualTo("10");
        assertThat(client.post("/api/v2/mix/account/set-leverage",
                body("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginCoin", "USDT", "leverage", "500")).code()).isEqualTo("40020");

        Map<String, Object> isolated = body("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginCoin", "USDT", "marginMode", "isolated");
        assertThat(client.post("/api/v2/mix/account/set-margin-mode", isolated).data().get("marginMode").asText()).isEqualTo("isolated");

        JsonNode account = client.get("/api/v2/mix/account/account", query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginCoin", "USDT")).data();
        assertThat(account.get("marginMode").asText()).isEqualTo("isolated");
        assertThat(account.get("crossedMarginLeverage").asText()).isEqualTo("10");
        assertThat(account.get("posMode").asText()).isEqualTo("one_way_mode");

        client.post(PLACE, order("BTCUSDT", "buy", "0.01", "marginMode", "isolated"));
        assertThat(client.post("/api/v2/mix/account/set-margin-mode", isolated).code()).isEqualTo("45117");
        assertThat(client.post("/api/v2/mix/account/set-position-mode", body("productType", "USDT-FUTURES", "posMode", "hedge_mode")).code())
                .isEqualTo("40920");
        assertThat(positions().get(0).get("marginMode").asText()).isEqualTo("isolated");
    }

    @Test
    void usdcAndCoinMarginedContractsUseTheirOwnMarginCoins() {
        BitgetTestClient.Reply usdc = client.post(PLACE, body("symbol", "BTCPERP", "productType", "USDC-FUTURES",
                "marginMode", "crossed", "marginCoin", "USDC", "size", "0.01", "side", "buy", "orderType", "market"));
        assertThat(usdc.code()).isEqualTo("00000");
        BitgetTestClient.Reply coin = client.post(PLACE, body("symbol", "BTCUSD", "productType", "COIN-FUTURES",
                "marginMode", "crossed", "marginCoin", "BTC", "size", "0.1", "side", "sell", "orderType", "market"));
        assertThat(coin.code()).isEqualTo("00000");
        assertThat(client.post(PLACE, body("symbol", "BTCUSD", "productType", "COIN-FUTURES", "marginMode", "crossed",
                "marginCoin", "USDT", "size", "0.1", "side", "sell", "orderType", "market")).code()).isEqualTo("40020");

        JsonNode coinAccounts = client.get("/api/v2/mix/account/accounts", query("productType", "COIN-FUTURES")).data();
        assertThat(coinAccounts).extracting(a -> a.get("marginCoin").asText()).containsExactly("BTC", "ETH");
        // 0.1 BTC inverse at 20x: margin 0.005 BTC, taker fee 0.00006 BTC
        assertThat(coinAccounts.get(0).get("available").asText()).isEqualTo("1.99494");

        BITGET.simulator().setPrice("BTCUSD", "80000");
        JsonNode short_ = client.get("/api/v2/mix/position/single-position",
                query("productType", "COIN-FUTURES", "symbol", "BTCUSD", "marginCoin", "BTC")).data().get(0);
        // inverse PnL: 0.1 * (76000 - 80000) / 80000 = -0.005 BTC
        assertThat(short_.get("unrealizedPL").asText()).isEqualTo("-0.005");
    }
}
