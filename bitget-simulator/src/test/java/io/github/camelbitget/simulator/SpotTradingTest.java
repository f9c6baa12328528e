package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

class SpotTradingTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false));

    private static final String PLACE = "/api/v2/spot/trade/place-order";
    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "80000");
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private JsonNode asset(String coin) {
        return client.get("/api/v2/spot/account/assets", query("coin", coin)).data().get(0);
    }

    @Test
    void marketBuySpendsQuoteAndPaysTheFeeInTheCoinBought() throws Exception {
        BitgetTestClient.Reply placed = client.post(PLACE, body("symbol", "BTCUSDT", "side", "buy", "orderType", "market",
                "force", "gtc", "size", "800"));
        assertThat(placed.code()).isEqualTo("00000");
        assertThat(asset("USDT").get("available").asText()).isEqualTo("99200");
        assertThat(asset("BTC").get("available").asText()).isEqualTo("2.00999");

        JsonNode order = client.get("/api/v2/spot/trade/history-orders", query("symbol", "BTCUSDT")).data().get(0);
        assertThat(order.get("status").asText()).isEqualTo("filled");
        assertThat(order.get("size").asText()).isEqualTo("800");
        assertThat(order.get("baseVolume").asText()).isEqualTo("0.01");
        assertThat(order.get("priceAvg").asText()).isEqualTo("80000");
        JsonNode feeDetail = BitgetTestClient.JSON.readTree(order.get("feeDetail").asText());
        assertThat(feeDetail.get("newFees").get("t").decimalValue()).isEqualByComparingTo("-0.00001");

        JsonNode fill = client.get("/api/v2/spot/trade/fills", query("symbol", "BTCUSDT")).data().get(0);
        assertThat(fill.get("size").asText()).isEqualTo("0.01");
        assertThat(fill.get("amount").asText()).isEqualTo("800");
        assertThat(fill.get("feeDetail").get("feeCoin").asText()).isEqualTo("BTC");
        assertThat(fill.get("tradeScope").asText()).isEqualTo("taker");
    }

    @Test
    void limitSellRestsWithTheCoinFrozenThenFills() {
        String orderId = client.post(PLACE, body("symbol", "BTCUSDT", "side", "sell", "orderType", "limit", "force", "gtc",
                "price", "85000", "size", "0.5")).data().get("orderId").asText();
        assertThat(asset("BTC").get("frozen").asText()).isEqualTo("0.5");
        assertThat(asset("BTC").get("available").asText()).isEqualTo("1.5");

        BITGET.simulator().setPrice("BTCUSDT", "85000");
        JsonNode order = client.get("/api/v2/spot/trade/orderInfo", query("orderId", orderId)).data().get(0);
        assertThat(order.get("status").asText()).isEqualTo("filled");
        assertThat(asset("BTC").get("frozen").asText()).isEqualTo("0");
        // 42500 USDT minus the 0.1 % maker fee
        assertThat(asset("USDT").get("available").asText()).isEqualTo("142457.5");
        assertThat(client.get("/api/v2/spot/trade/fills", query("orderId", orderId)).data().get(0).get("tradeScope").asText())
                .isEqualTo("maker");
    }

    @Test
    void rejectsLikeBitget() {
        Map<String, Object> order = body("symbol", "BTCUSDT", "side", "buy", "orderType", "limit", "force", "gtc",
                "price", "70000", "size", "10");
        assertThat(client.post(PLACE, order).code()).isEqualTo("43012");
        order.put("size", "0.00001");
        assertThat(client.post(PLACE, order).code()).isEqualTo("45110");
        order.put("size", "0.0000001");
        assertThat(client.post(PLACE, order).code()).isEqualTo("40808");
        order.put("size", "0.01");
        order.put("price", "70000.001");
        assertThat(client.post(PLACE, order).code()).isEqualTo("40808");
        order.put("price", "70000");
        order.put("clientOid", "spot-1");
        assertThat(client.post(PLACE, order).code()).isEqualTo("00000");
        assertThat(client.post(PLACE, order).code()).isEqualTo("43118");
        order.remove("force");
        order.put("clientOid", "spot-2");
        assertThat(client.post(PLACE, order).code()).isEqualTo("40019");
        assertThat(client.post(PLACE, body("symbol", "NOPEUSDT", "side", "buy", "orderType", "market", "size", "10")).code())
                .isEqualTo("40034");
    }

    @Test
    void cancelReleasesTheHoldAndCannotRepeat() {
        String orderId = client.post(PLACE, body("symbol", "BTCUSDT", "side", "buy", "orderType", "limit", "force", "gtc",
                "price", "50000", "size", "1")).data().get("orderId").asText();
        assertThat(asset("USDT").get("frozen").asText()).isEqualTo("50000");
        Map<String, Object> cancel = body("symbol", "BTCUSDT", "orderId", orderId);
        assertThat(client.post("/api/v2/spot/trade/cancel-order", cancel).code()).isEqualTo("00000");
        assertThat(asset("USDT").get("available").asText()).isEqualTo("100000");
        assertThat(client.post("/api/v2/spot/trade/cancel-order", cancel).code()).isEqualTo("43004");
        assertThat(client.post("/api/v2/spot/trade/cancel-order", body("symbol", "BTCUSDT", "orderId", "1")).code()).isEqualTo("43001");
    }

    @Test
    void assetsListHeldCoinsByDefault() {
        assertThat(client.get("/api/v2/spot/account/assets").data()).extracting(a -> a.get("coin").asText())
                .containsExactly("BTC", "ETH", "USDC", "USDT");
        assertThat(asset("SOL").get("available").asText()).isEqualTo("0");
    }
}
