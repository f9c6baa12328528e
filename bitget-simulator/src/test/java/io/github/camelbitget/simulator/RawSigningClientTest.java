package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulator driven by a client that implements Bitget's signing rules on its own (bitget-api.md §2.2). */
class RawSigningClientTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension();

    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1700000000000GET/api/v2/mix/account/account?marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT|GdpiKOuyAQ7+YkD/MjO2uBdfCSKcwavUn4wdqGAneuo=",
        "1700000000000GET/api/v2/spot/account/assets|RvJ79FAM85l/D/GYN4otG4xQ+XtjmetBkRfjEmfJc1c=",
        "1700000000000POST/api/v2/mix/order/place-order{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\",\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"price\":\"60000\",\"side\":\"buy\",\"tradeSide\":\"open\",\"orderType\":\"limit\",\"force\":\"gtc\",\"clientOid\":\"camel-0001\"}|qcNlAB5dMNO/fKaNdzXSLHY2wqfHsLCR+9kO4XC1FSE=",
        "1700000000GET/user/verify|q1AMsYkfCKrnLMHDyEIcCsI/gmQL8HICjKreDpKlBRE="
    })
    void signingMatchesTheReferenceVectors(String prehash, String expected) {
        assertThat(BitgetTestClient.sign("bg-test-secret-0123456789", prehash)).isEqualTo(expected);
    }

    @Test
    void placesQueriesAndCancelsAFuturesOrder() {
        BitgetTestClient.Reply placed = client.post("/api/v2/mix/order/place-order", body(
                "symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginMode", "crossed", "marginCoin", "USDT",
                "size", "0.01", "price", "60000", "side", "buy", "orderType", "limit", "force", "gtc",
                "clientOid", "raw-0001"));
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.json().get("code").asText()).isEqualTo("00000");
        assertThat(placed.json().get("msg").asText()).isEqualTo("success");
        assertThat(placed.json().get("requestTime").isNumber()).isTrue();
        String orderId = placed.data().get("orderId").asText();
        assertThat(orderId).matches("\\d{15,20}");
        assertThat(placed.data().get("clientOid").asText()).isEqualTo("raw-0001");

        JsonNode pending = client.get("/api/v2/mix/order/orders-pending", query("productType", "USDT-FUTURES", "symbol", "BTCUSDT")).data();
        assertThat(pending.get("entrustedList")).hasSize(1);
        JsonNode order = pending.get("entrustedList").get(0);
        assertThat(order.get("orderId").asText()).isEqualTo(orderId);
        assertThat(order.get("status").asText()).isEqualTo("live");
        assertThat(order.get("price").asText()).isEqualTo("60000");
        assertThat(order.get("size").asText()).isEqualTo("0.01");
        assertThat(order.get("priceAvg").asText()).isEmpty();
        assertThat(order.get("posSide").asText()).isEqualTo("net");
        assertThat(order.get("tradeSide").asText()).isEqualTo("buy_single");
        assertThat(pending.get("endId").asText()).isEqualTo(orderId);

        JsonNode detail = client.get("/api/v2/mix/order/detail", query("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "clientOid", "raw-0001")).data();
        assertThat(detail.get("orderId").asText()).isEqualTo(orderId);
        assertThat(detail.get("state").asText()).isEqualTo("live");

        BitgetTestClient.Reply cancelled = client.post("/api/v2/mix/order/cancel-order", body(
                "symbol", "BTCUSDT", "productType", "USDT-FUTURES", "marginCoin", "USDT", "orderId", orderId));
        assertThat(cancelled.code()).isEqualTo("00000");
        assertThat(cancelled.data().get("clientOid").asText()).isEqualTo("raw-0001");

        JsonNode empty = client.get("/api/v2/mix/order/orders-pending", query("productType", "USDT-FUTURES")).data();
        assertThat(empty.get("entrustedList").isNull()).isTrue();
        assertThat(empty.get("endId").isNull()).isTrue();
        JsonNode history = client.get("/api/v2/mix/order/orders-history", query("productType", "USDT-FUTURES")).data();
        assertThat(history.get("entrustedList").get(0).get("status").asText()).isEqualTo("canceled");
        assertThat(client.get("/api/v2/mix/order/detail", query("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "orderId", orderId)).data().get("status").asText()).isEqualTo("canceled");
    }

    @Test
    void placesQueriesAndCancelsASpotOrder() {
        BitgetTestClient.Reply placed = client.post("/api/v2/spot/trade/place-order", body(
                "symbol", "ETHUSDT", "side", "buy", "orderType", "limit", "force", "gtc", "price", "2000", "size", "0.5"));
        assertThat(placed.code()).isEqualTo("00000");
        String orderId = placed.data().get("orderId").asText();

        JsonNode open = client.get("/api/v2/spot/trade/unfilled-orders", query("symbol", "ETHUSDT")).data();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("status").asText()).isEqualTo("live");
        JsonNode info = client.get("/api/v2/spot/trade/orderInfo", query("orderId", orderId)).data();
        assertThat(info.get(0).get("price").asText()).isEqualTo("2000");

        assertThat(client.post("/api/v2/spot/trade/cancel-order", body("symbol", "ETHUSDT", "orderId", orderId)).code())
                .isEqualTo("00000");
        assertThat(client.get("/api/v2/spot/trade/history-orders", query("symbol", "ETHUSDT")).data().get(0)
                .get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void acceptsASignatureOverTheDecodedQuery() {
        client.post("/api/v2/mix/order/place-order", body("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "marginMode", "crossed", "marginCoin", "USDT", "size", "0.01", "side", "buy", "orderType", "market",
                "clientOid", "plus+sign#1"));
        // sent as clientOid=plus%2Bsign%231, signed as clientOid=plus+sign#1
        BitgetTestClient.Reply detail = client.get("/api/v2/mix/order/detail",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "clientOid", "plus+sign#1"));
        assertThat(detail.code()).isEqualTo("00000");
        assertThat(detail.data().get("clientOid").asText()).isEqualTo("plus+sign#1");
        assertThat(BITGET.simulator().requestLog().forPath("/api/v2/mix/order/detail").get(0).query())
                .isEqualTo("clientOid=plus%2Bsign%231&productType=USDT-FUTURES&symbol=BTCUSDT");
    }
}
