package io.github.camelbitget.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false));

    private static final String TIME = "/api/v2/public/time";
    private static final String PLACE = "/api/v2/mix/order/place-order";
    private BitgetTestClient client;
    private Faults faults;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = new BitgetTestClient(BITGET.baseUrl());
        faults = BITGET.simulator().faults();
    }

    private static Map<String, Object> marketBuy(String clientOid) {
        return body("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginMode", "crossed", "marginCoin", "USDT",
                "size", "0.01", "side", "buy", "orderType", "market", "clientOid", clientOid);
    }

    @Test
    void latencyDelaysTheAnswer() {
        Fault fault = faults.latency(TIME, Duration.ofMillis(300)).times(1);
        long start = System.nanoTime();
        assertThat(client.publicGet(TIME).code()).isEqualTo("00000");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(fault.remaining()).isZero();
        assertThat(faults.active()).isEmpty();
    }

    @Test
    void serverErrorForTheNextRequestsOnly() {
        faults.serverError(TIME, 503).times(2);
        for (int i = 0; i < 2; i++) {
            BitgetTestClient.Reply reply = client.publicGet(TIME);
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.code()).isEqualTo("40015");
            assertThat(reply.json().get("data").isNull()).isTrue();
        }
        assertThat(client.publicGet(TIME).status()).isEqualTo(200);
    }

    @Test
    void emptyAndHtmlErrorBodies() {
        faults.emptyServerError(TIME, 500).times(1);
        faults.htmlErrorPage(TIME, 502).times(1);
        BitgetTestClient.Reply empty = client.publicGet(TIME);
        assertThat(empty.status()).isEqualTo(500);
        assertThat(empty.body()).isEmpty();
        BitgetTestClient.Reply html = client.publicGet(TIME);
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).startsWith("<html>").contains("502 Bad Gateway");
    }

    @Test
    void faultsMatchByPrefixUntilCleared() {
        Fault fault = faults.serverError("/api/v2/mix/*", 500);
        assertThat(client.publicGet("/api/v2/mix/market/tickers", query("productType", "USDT-FUTURES")).status()).isEqualTo(500);
        assertThat(client.publicGet("/api/v2/mix/market/contracts", query("productType", "USDT-FUTURES")).status()).isEqualTo(500);
        assertThat(client.publicGet("/api/v2/spot/market/tickers").status()).isEqualTo(200);
        fault.clear();
        assertThat(client.publicGet("/api/v2/mix/market/tickers", query("productType", "USDT-FUTURES")).status()).isEqualTo(200);
    }

    @Test
    void connectionResetLeavesNoOrder() {
        faults.connectionReset(PLACE).times(1);
        assertThatThrownBy(() -> client.sendRaw(client.signedPost(PLACE, BitgetTestClient.json(marketBuy("reset-1")))))
                .isInstanceOf(IOException.class);
        assertThat(BITGET.simulator().account().futuresOrders()).isEmpty();
    }

    @Test
    void droppedResponseStillPlacesTheOrder() {
        faults.dropResponse(PLACE).times(1);
        assertThatThrownBy(() -> client.sendRaw(client.signedPost(PLACE, BitgetTestClient.json(marketBuy("drop-1")))))
                .isInstanceOf(IOException.class);

        BitgetTestClient.Reply lookup = client.get("/api/v2/mix/order/detail",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "clientOid", "drop-1"));
        assertThat(lookup.code()).isEqualTo("00000");
        assertThat(lookup.data().get("status").asText()).isEqualTo("filled");
        assertThat(client.post(PLACE, marketBuy("drop-1")).code()).isEqualTo("43118");
        assertThat(BITGET.simulator().requestLog().forPath(PLACE).get(0).status()).isZero();
    }

    @Test
    void hungResponseTimesOutButPlacesTheOrder() {
        faults.hangResponse(PLACE).times(1);
        BitgetTestClient impatient = client.withTimeout(Duration.ofMillis(500));
        assertThatThrownBy(() -> impatient.sendRaw(impatient.signedPost(PLACE, BitgetTestClient.json(marketBuy("hang-1")))))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(BITGET.simulator().account().futuresOrders()).extracting(OrderSnapshot::clientOid).containsExactly("hang-1");
    }

    @Test
    void clockSkewMovesServerTimeAndTheSignatureWindow() {
        faults.clockSkew(Duration.ofMinutes(5));
        long serverTime = Long.parseLong(client.publicGet(TIME).data().get("serverTime").asText());
        assertThat(serverTime - System.currentTimeMillis()).isBetween(Duration.ofMinutes(4).toMillis(), Duration.ofMinutes(6).toMillis());

        assertThat(client.get("/api/v2/spot/account/assets").code()).isEqualTo("40008");
        assertThat(client.withClockOffset(Duration.ofMinutes(5)).get("/api/v2/spot/account/assets").code()).isEqualTo("00000");

        faults.clear();
        assertThat(faults.clockSkew()).isZero();
        assertThat(client.get("/api/v2/spot/account/assets").code()).isEqualTo("00000");
    }
}
