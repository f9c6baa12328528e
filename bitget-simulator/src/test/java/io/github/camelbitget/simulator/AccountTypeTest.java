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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Classic keys speak v2, unified keys v3; each is refused on the other's private endpoints, also after a switch. */
class AccountTypeTest {

    private static final String CLASSIC_MSG = "You are in Classic Account mode, and the Unified Account API is not supported at this time";
    private static final String UNIFIED_MSG = "You are in Unified Account mode, and the Classic Account API is not supported at this time";

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false)
            .apiKey(ApiKey.unified("uta-key", "uta-secret", "uta-pass"))
            .apiKey(ApiKey.demoOnly("uta-demo", "demo-secret", "demo-pass").withAccountType(AccountType.UNIFIED)));

    private BitgetTestClient classic;
    private BitgetTestClient unified;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        classic = new BitgetTestClient(BITGET.baseUrl());
        unified = classic.withCredentials("uta-key", "uta-secret", "uta-pass");
    }

    private static void assertError(BitgetTestClient.Reply reply, String code, String msg) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.json().get("msg").asText()).isEqualTo(msg);
        assertThat(reply.data().isNull()).isTrue();
        assertThat(reply.json().get("requestTime").isNumber()).isTrue();
    }

    @Test
    void classicKeyGets40084OnV3() {
        assertError(classic.get("/api/v3/account/settings"), "40084", CLASSIC_MSG);
        assertError(classic.get("/api/v3/account/assets"), "40084", CLASSIC_MSG);
        assertError(classic.post(PLACE, order("BTCUSDT", "buy", "0.01")), "40084", CLASSIC_MSG);
        assertThat(BITGET.simulator().account().futuresOrders()).isEmpty();
        assertThat(classic.publicGet("/api/v3/account/settings").code()).isEqualTo("40001");
    }

    @Test
    void unifiedKeyGets40085OnPrivateV2ButReadsPublicV2() {
        assertError(unified.get("/api/v2/mix/account/accounts", query("productType", "USDT-FUTURES")), "40085", UNIFIED_MSG);
        assertError(unified.get("/api/v2/spot/account/assets"), "40085", UNIFIED_MSG);
        assertError(unified.post("/api/v2/mix/order/place-order", body("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "marginMode", "crossed", "marginCoin", "USDT", "size", "0.01", "side", "buy", "orderType", "market")),
                "40085", UNIFIED_MSG);
        assertThat(unified.publicGet("/api/v2/mix/market/tickers", query("productType", "USDT-FUTURES")).code()).isEqualTo("00000");
        assertThat(unified.publicGet("/api/v2/public/time").code()).isEqualTo("00000");

        JsonNode settings = unified.get("/api/v3/account/settings").data();
        assertThat(settings.get("accountMode").asText()).isEqualTo("unified");
        assertThat(settings.get("uid").asText()).isEqualTo(BITGET.simulator().account("uta-key", Environment.LIVE).uid());
        assertThat(BITGET.simulator().account("uta-key", Environment.LIVE).accountType()).isEqualTo(AccountType.UNIFIED);
    }

    @Test
    void wrongSignatureIsStillAnAuthenticationError() {
        assertThat(unified.withCredentials("uta-key", "wrong", "uta-pass").get("/api/v2/spot/account/assets").code())
                .isEqualTo("40009");
    }

    @Test
    void upgradeMidFlightMovesFundsOrdersAndPositionsToV3() {
        classic.post("/api/v2/mix/order/place-order", body("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "marginMode", "crossed", "marginCoin", "USDT", "size", "0.01", "side", "buy", "orderType", "market"));
        String spotOrder = classic.post("/api/v2/spot/trade/place-order", body("symbol", "ETHUSDT", "side", "sell",
                "orderType", "limit", "force", "gtc", "price", "9000", "size", "1")).data().get("orderId").asText();

        BITGET.simulator().upgradeToUnified("sim-api-key");
        assertError(classic.get("/api/v2/mix/position/all-position", query("productType", "USDT-FUTURES")), "40085", UNIFIED_MSG);
        assertThat(classic.get("/api/v3/account/settings").code()).isEqualTo("00000");
        assertThat(classic.get("/api/v3/position/current-position", query("category", "USDT-FUTURES")).data().get("list")).hasSize(1);
        assertThat(classic.get("/api/v3/trade/unfilled-orders").data().get("list").get(0).get("orderId").asText()).isEqualTo(spotOrder);

        // spot 100000 + futures 100000 - 0.456 fee: one USDT wallet now
        JsonNode assets = classic.get("/api/v3/account/assets").data().get("assets");
        BigDecimal usdtBalance = null;
        for (JsonNode asset : assets) {
            if (asset.get("coin").asText().equals("USDT")) {
                usdtBalance = new BigDecimal(asset.get("balance").asText());
            }
        }
        assertThat(usdtBalance).isEqualByComparingTo("199999.544");

        assertThatThrownBy(() -> BITGET.simulator().switchToClassic("sim-api-key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("open orders or positions");
        assertThat(BITGET.simulator().account().accountType()).isEqualTo(AccountType.UNIFIED);
        assertThat(BITGET.simulator().account(Environment.DEMO).accountType()).isEqualTo(AccountType.UNIFIED);

        classic.post("/api/v3/trade/cancel-order", body("orderId", spotOrder));
        classic.post("/api/v3/trade/close-positions", body("category", "USDT-FUTURES"));
        BITGET.simulator().switchToClassic("sim-api-key");
        assertError(classic.get("/api/v3/account/settings"), "40084", CLASSIC_MSG);
        assertThat(classic.get("/api/v2/spot/account/assets", query("coin", "USDT")).code()).isEqualTo("00000");

        BITGET.simulator().upgradeToUnified("sim-api-key");
        BITGET.reset();
        assertThat(BITGET.simulator().account().accountType()).isEqualTo(AccountType.CLASSIC);
    }

    @Test
    void upgradeNeedsOnePositionModeAndKnowsTheKey() {
        BITGET.simulator().account().setPositionMode(ProductType.COIN_FUTURES, PositionMode.HEDGE);
        assertThatThrownBy(() -> BITGET.simulator().upgradeToUnified("sim-api-key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("position modes");
        assertThat(BITGET.simulator().account().accountType()).isEqualTo(AccountType.CLASSIC);
        assertThatThrownBy(() -> BITGET.simulator().upgradeToUnified("nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoBooksWorkOnV3WithPaptrading() {
        BitgetTestClient demo = classic.withCredentials("uta-demo", "demo-secret", "demo-pass").demo();
        assertThat(demo.post(PLACE, order("BTCUSDT", "buy", "0.01")).code()).isEqualTo("00000");
        assertThat(BITGET.simulator().account("uta-demo", Environment.DEMO).positions()).hasSize(1);
        assertThat(BITGET.simulator().account("uta-demo", Environment.LIVE).positions()).isEmpty();
        assertThat(classic.withCredentials("uta-demo", "demo-secret", "demo-pass").get("/api/v3/account/assets").code())
                .isEqualTo("40099");

        BitgetTestClient unifiedDemo = unified.demo();
        unifiedDemo.post(PLACE, order("ETHUSDT", "buy", "1"));
        assertThat(unified.get("/api/v3/position/current-position", query("category", "USDT-FUTURES")).data().get("list")).isEmpty();
        assertThat(unifiedDemo.get("/api/v3/position/current-position", query("category", "USDT-FUTURES")).data().get("list")).hasSize(1);
    }

    @Test
    void v3PathsAreLoggedAndTakeFaultsLikeV2() {
        BITGET.simulator().faults().serverError("/api/v3/trade/*", 503).times(1);
        BitgetTestClient.Reply failed = unified.post(PLACE, order("BTCUSDT", "buy", "0.01"));
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.code()).isEqualTo("40015");
        assertThat(BITGET.simulator().account("uta-key", Environment.LIVE).futuresOrders()).isEmpty();
        assertThat(unified.post(PLACE, order("BTCUSDT", "buy", "0.01")).code()).isEqualTo("00000");
        assertThat(BITGET.simulator().requestLog().forPath(PLACE)).hasSize(2)
                .extracting(RecordedRequest::status).containsExactly(503, 200);
    }

    @Test
    void v3EndpointsHaveTheirOwnRateLimits() {
        try (BitgetSimulator simulator = BitgetSimulator.builder().accountType(AccountType.UNIFIED).build().start()) {
            BitgetTestClient client = new BitgetTestClient(simulator.baseUrl());
            assertThat(client.post("/api/v3/trade/countdown-cancel-all", body("countdown", "0")).code()).isEqualTo("00000");
            BitgetTestClient.Reply second = client.post("/api/v3/trade/countdown-cancel-all", body("countdown", "0"));
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.code()).isEqualTo("429");
            assertThat(client.get("/api/v3/account/settings").code()).isEqualTo("00000");
        }
    }
}
