package io.github.camelbitget.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b
            .rateLimits(false)
            .apiKey(ApiKey.liveOnly("live-key", "live-secret", "live-pass"))
            .apiKey(ApiKey.demoOnly("demo-key", "demo-secret", "demo-pass")));

    private static final String ASSETS = "/api/v2/spot/account/assets";
    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private static void assertError(BitgetTestClient.Reply reply, String code, String msg) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.json().get("msg").asText()).isEqualTo(msg);
        assertThat(reply.json().get("requestTime").isNumber()).isTrue();
        assertThat(reply.json().get("data").isNull()).isTrue();
    }

    @Test
    void wrongSecretIsASignatureError() {
        assertError(client.withCredentials("sim-api-key", "not-the-secret", "sim-passphrase").get(ASSETS), "40009", "sign signature error");
    }

    @Test
    void tamperedBodyIsASignatureError() {
        HttpRequest.Builder request = client.signedPost("/api/v2/spot/trade/cancel-order", "{\"symbol\":\"BTCUSDT\",\"orderId\":\"1\"}")
                .POST(HttpRequest.BodyPublishers.ofString("{\"symbol\":\"ETHUSDT\",\"orderId\":\"1\"}"));
        assertError(client.send(request), "40009", "sign signature error");
    }

    @Test
    void unknownKeyWrongPassphraseAndStaleTimestampAreRejected() {
        assertError(client.withCredentials("who", "sim-secret-key", "sim-passphrase").get(ASSETS), "40006", "Invalid ACCESS_KEY");
        assertError(client.withCredentials("sim-api-key", "sim-secret-key", "wrong").get(ASSETS), "40012", "apikey/password is incorrect");
        assertError(client.withClockOffset(Duration.ofSeconds(-31)).get(ASSETS), "40008", "Request timestamp expired");
        assertError(client.withClockOffset(Duration.ofSeconds(31)).get(ASSETS), "40008", "Request timestamp expired");
        assertThat(client.withClockOffset(Duration.ofSeconds(-20)).get(ASSETS).code()).isEqualTo("00000");
    }

    @Test
    void missingHeadersHaveTheirOwnCodes() {
        HttpRequest.Builder noHeaders = HttpRequest.newBuilder(URI.create(BITGET.baseUrl() + ASSETS)).GET();
        assertError(client.send(noHeaders), "40001", "ACCESS_KEY cannot be empty");
        assertError(client.send(HttpRequest.newBuilder(URI.create(BITGET.baseUrl() + ASSETS)).GET()
                .header("ACCESS-KEY", "sim-api-key")), "40002", "ACCESS_SIGN cannot be empty");
        assertError(client.send(HttpRequest.newBuilder(URI.create(BITGET.baseUrl() + ASSETS)).GET()
                .header("ACCESS-KEY", "sim-api-key").header("ACCESS-SIGN", "x")
                .header("ACCESS-TIMESTAMP", Long.toString(System.currentTimeMillis()))), "40011", "ACCESS_PASSPHRASE cannot be empty");
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        HttpRequest signed = client.signedGet(ASSETS, Map.of()).build();
        HttpRequest.Builder lowerCase = HttpRequest.newBuilder(signed.uri()).GET();
        signed.headers().map().forEach((name, values) -> lowerCase.header(name.toLowerCase(), values.get(0)));
        assertThat(client.send(lowerCase).code()).isEqualTo("00000");
    }

    @Test
    void environmentMismatchIs40099() {
        BitgetTestClient live = client.withCredentials("live-key", "live-secret", "live-pass");
        BitgetTestClient demo = client.withCredentials("demo-key", "demo-secret", "demo-pass");
        assertThat(live.get(ASSETS).code()).isEqualTo("00000");
        assertError(live.demo().get(ASSETS), "40099", "exchange environment is incorrect");
        assertThat(demo.demo().get(ASSETS).code()).isEqualTo("00000");
        assertError(demo.get(ASSETS), "40099", "exchange environment is incorrect");
    }

    @Test
    void demoBookIsSeparateFromTheLiveBook() {
        Map<String, Object> order = body("symbol", "ETHUSDT", "productType", "USDT-FUTURES", "marginMode", "crossed",
                "marginCoin", "USDT", "size", "1", "side", "buy", "orderType", "market", "clientOid", "same-oid");
        assertThat(client.demo().post("/api/v2/mix/order/place-order", order).code()).isEqualTo("00000");
        assertThat(client.demo().get("/api/v2/mix/position/all-position", query("productType", "USDT-FUTURES")).data()).hasSize(1);
        assertThat(client.get("/api/v2/mix/position/all-position", query("productType", "USDT-FUTURES")).data()).isEmpty();
        // clientOids are per book, so the live book accepts the same one
        assertThat(client.post("/api/v2/mix/order/place-order", order).code()).isEqualTo("00000");

        assertThat(BITGET.simulator().account(Environment.DEMO).positions()).hasSize(1);
        assertThat(BITGET.simulator().account(Environment.LIVE).futuresAvailable(ProductType.USDT_FUTURES, "USDT"))
                .isEqualByComparingTo(BITGET.simulator().account(Environment.DEMO).futuresAvailable(ProductType.USDT_FUTURES, "USDT"));
        BITGET.simulator().account(Environment.DEMO).depositSpot("USDT", BigDecimal.TEN);
        assertThat(BITGET.simulator().account(Environment.DEMO).spotAvailable("USDT"))
                .isEqualByComparingTo(BITGET.simulator().account(Environment.LIVE).spotAvailable("USDT").add(BigDecimal.TEN));
    }

    @Test
    void publicEndpointsNeedNoSignatureButAcceptOne() {
        assertThat(client.publicGet("/api/v2/mix/market/tickers", query("productType", "USDT-FUTURES")).code()).isEqualTo("00000");
        assertThat(client.withCredentials("sim-api-key", "wrong", "wrong").demo()
                .get("/api/v2/mix/market/tickers", query("productType", "USDT-FUTURES")).code()).isEqualTo("00000");
    }

    @Test
    void unifiedAccountProbeAnswersClassicAccount() {
        assertError(client.get("/api/v3/account/settings"), "40084",
                "You are in Classic Account mode, and the Unified Account API is not supported at this time");
        assertThat(client.publicGet("/api/v3/account/settings").code()).isEqualTo("40001");
    }

    @Test
    void unknownPathIs40404() {
        BitgetTestClient.Reply reply = client.publicGet("/api/v2/mix/market/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("40404");
        assertThat(reply.json().get("msg").asText()).isEqualTo("Request URL NOT FOUND");
    }
}
