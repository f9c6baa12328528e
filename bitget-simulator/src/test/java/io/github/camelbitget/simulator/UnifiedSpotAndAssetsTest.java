package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static io.github.camelbitget.simulator.UnifiedFuturesTradingTest.PLACE;
import static io.github.camelbitget.simulator.UnifiedFuturesTradingTest.order;
import static org.assertj.core.api.Assertions.assertThat;

/** Spot on v3 and the one wallet per coin that spot and futures of a unified account share. */
class UnifiedSpotAndAssetsTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = BitgetSimulatorExtension.unified(b -> b.rateLimits(false));

    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "80000");
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private JsonNode assets() {
        return client.get("/api/v3/account/assets").data();
    }

    private static JsonNode coin(JsonNode assets, String coin) {
        for (JsonNode asset : assets.get("assets")) {
            if (asset.get("coin").asText().equals(coin)) {
                return asset;
            }
        }
        throw new AssertionError("no " + coin + " in " + assets);
    }

    private static void assertError(BitgetTestClient.Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.code()).as(reply.body()).isEqualTo(code);
    }

    @Test
    void spotMarketBuyQtyIsTheQuoteAmount() {
        BitgetTestClient.Reply placed = client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy",
                "orderType", "market", "qty", "800"));
        assertThat(placed.code()).isEqualTo("00000");
        JsonNode assets = assets();
        assertThat(coin(assets, "USDT").get("balance").asText()).isEqualTo("99200");
        assertThat(coin(assets, "BTC").get("balance").asText()).isEqualTo("2.00999");

        JsonNode order = client.get("/api/v3/trade/order-info", query("orderId", placed.data().get("orderId").asText())).data();
        assertThat(order.get("category").asText()).isEqualTo("SPOT");
        assertThat(order.get("qty").asText()).isEqualTo("800");
        assertThat(order.get("amount").asText()).isEqualTo("800");
        assertThat(order.get("cumExecQty").asText()).isEqualTo("0.01");
        assertThat(order.get("cumExecValue").asText()).isEqualTo("800");
        assertThat(order.get("orderStatus").asText()).isEqualTo("filled");
        assertThat(order.get("feeDetail").get(0).get("feeCoin").asText()).isEqualTo("BTC");
        assertThat(order.get("feeDetail").get(0).get("fee").asText()).isEqualTo("0.00001");

        JsonNode fill = client.get("/api/v3/trade/fills", query("category", "SPOT")).data().get("list").get(0);
        assertThat(fill.get("execQty").asText()).isEqualTo("0.01");
        assertThat(fill.get("execValue").asText()).isEqualTo("800");
        assertThat(fill.get("execPrice").asText()).isEqualTo("80000");
        assertThat(fill.get("tradeScope").asText()).isEqualTo("taker");
        assertThat(fill.get("execPnl").asText()).isEqualTo("0");
    }

    @Test
    void spotLimitSellLocksTheCoinUntilCancelled() {
        String orderId = client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "sell", "orderType", "limit",
                "price", "85000", "qty", "0.5", "timeInForce", "gtc")).data().get("orderId").asText();
        JsonNode btc = coin(assets(), "BTC");
        assertThat(btc.get("balance").asText()).isEqualTo("2");
        assertThat(btc.get("locked").asText()).isEqualTo("0.5");
        assertThat(btc.get("available").asText()).isEqualTo("1.5");
        JsonNode open = client.get("/api/v3/trade/unfilled-orders", query("category", "SPOT")).data().get("list").get(0);
        assertThat(open.get("orderStatus").asText()).isEqualTo("live");
        assertThat(open.get("timeInForce").asText()).isEqualTo("gtc");

        client.post("/api/v3/trade/cancel-order", body("orderId", orderId));
        assertThat(coin(assets(), "BTC").get("locked").asText()).isEqualTo("0");
        assertThat(client.get("/api/v3/trade/history-orders", query("category", "SPOT")).data().get("list").get(0)
                .get("orderStatus").asText()).isEqualTo("cancelled");
    }

    @Test
    void spotModifyMovesTheHoldAndKeepsTheOrder() {
        String orderId = client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "limit",
                "price", "70000", "qty", "0.1", "clientOid", "spot-m")).data().get("orderId").asText();
        assertThat(coin(assets(), "USDT").get("locked").asText()).isEqualTo("7000");

        BitgetTestClient.Reply modified = client.post("/api/v3/trade/modify-order", body("clientOid", "spot-m", "qty", "0.2",
                "category", "SPOT"));
        assertThat(modified.data().get("orderId").asText()).isEqualTo(orderId);
        assertThat(coin(assets(), "USDT").get("locked").asText()).isEqualTo("14000");

        assertError(client.post("/api/v3/trade/modify-order", body("orderId", orderId, "qty", "5")), "25202");
        assertThat(coin(assets(), "USDT").get("locked").asText()).isEqualTo("14000");
        JsonNode order = client.get("/api/v3/trade/order-info", query("orderId", orderId)).data();
        assertThat(order.get("qty").asText()).isEqualTo("0.2");
        assertThat(order.get("orderStatus").asText()).isEqualTo("live");

        client.post("/api/v3/trade/modify-order", body("orderId", orderId, "price", "81000"));
        assertThat(client.get("/api/v3/trade/order-info", query("orderId", orderId)).data().get("orderStatus").asText())
                .isEqualTo("filled");
        assertThat(coin(assets(), "USDT").get("balance").asText()).isEqualTo("84000");
        assertThat(coin(assets(), "USDT").get("locked").asText()).isEqualTo("0");
    }

    @Test
    void spotOrdersRefuseFuturesFieldsAndMissingBalance() {
        assertError(client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "market",
                "qty", "200000")), "25202");
        assertError(client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "market",
                "qty", "100", "posSide", "long")), "40020");
        assertError(client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "buy", "orderType", "limit",
                "price", "70000", "qty", "0.01", "force", "gtc")), "40034");
    }

    @Test
    void assetsValueEveryCoinAndTheOpenPositions() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        BITGET.simulator().setPrice("ETHUSDT", "2900");
        JsonNode flat = assets();
        // USDT 100000 + USDC 100000 + 2 BTC + 20 ETH, each coin once
        assertThat(flat.get("accountEquity").asText()).isEqualTo("410000");
        assertThat(flat.get("assets")).hasSize(4);

        client.post(PLACE, order("BTCUSDT", "buy", "0.01"));
        BITGET.simulator().setPrice("BTCUSDT", "77000");
        JsonNode assets = assets();
        JsonNode usdt = coin(assets, "USDT");
        assertThat(usdt.get("balance").asText()).isEqualTo("99999.544");
        assertThat(usdt.get("equity").asText()).isEqualTo("100009.544");
        assertThat(usdt.get("usdValue").asText()).isEqualTo("100009.544");
        assertThat(usdt.get("available").asText()).isEqualTo("99961.544");
        assertThat(usdt.get("locked").asText()).isEqualTo("0");
        assertThat(usdt.get("debt").asText()).isEqualTo("0");
        assertThat(assets.get("accountEquity").asText()).isEqualTo("412009.544");
        assertThat(assets.get("usdtEquity").asText()).isEqualTo("412009.544");
        assertThat(assets.get("effEquity").asText()).isEqualTo("412009.544");
        assertThat(assets.get("unrealisedPnl").asText()).isEqualTo("10");
        assertThat(assets.get("imr").asText()).isEqualTo("38");
        assertThat(assets.get("mmr").asText()).isEqualTo("3.08");
        assertThat(new BigDecimal(assets.get("mgnRatio").asText())).isPositive();
        assertThat(new BigDecimal(assets.get("btcEquity").asText())).isEqualByComparingTo("5.35077330");
        assertThat(assets.get("btcUnrealizedPnl").asText()).isEqualTo("0.00012987");

        assertThat(BITGET.simulator().account().balances()).extracting(BalanceSnapshot::account).containsOnly("UNIFIED");
    }

    @Test
    void spotAndFuturesDrawOnOneWalletPerCoin() {
        try (BitgetSimulator simulator = BitgetSimulator.builder().accountType(AccountType.UNIFIED).rateLimits(false)
                .balance("USDT", "1000").price("ETHUSDT", "2900").build().start()) {
            BitgetTestClient small = new BitgetTestClient(simulator.baseUrl());
            // margin 14.5 + fee 0.174
            assertThat(small.post(PLACE, order("ETHUSDT", "buy", "0.1")).code()).isEqualTo("00000");
            assertThat(simulator.account().spotAvailable("USDT")).isEqualByComparingTo("985.326");
            assertError(small.post(PLACE, body("category", "SPOT", "symbol", "ETHUSDT", "side", "buy", "orderType", "market",
                    "qty", "990")), "25202");
            assertThat(small.post(PLACE, body("category", "SPOT", "symbol", "ETHUSDT", "side", "buy", "orderType", "market",
                    "qty", "980")).code()).isEqualTo("00000");
            // 980 USDT buy 0.3379 ETH for 979.91
            assertThat(simulator.account().futuresAvailable(ProductType.USDT_FUTURES, "USDT")).isEqualByComparingTo("5.416");
            assertError(small.post(PLACE, order("ETHUSDT", "buy", "0.1")), "25203");
        }
    }
}
