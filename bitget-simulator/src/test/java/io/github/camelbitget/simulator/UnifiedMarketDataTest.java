package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;

import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

/** Public v3 market data: no signature, served to everyone, same prices as v2. */
class UnifiedMarketDataTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false));

    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    @Test
    void tickersCarryV3NamesForSpotAndFutures() {
        JsonNode spot = client.publicGet("/api/v3/market/tickers", query("category", "SPOT")).data();
        assertThat(spot).hasSize((int) BITGET.simulator().prices().keySet().stream().filter(s -> s.endsWith("USDT")).count());
        JsonNode futures = client.publicGet("/api/v3/market/tickers", query("category", "USDT-FUTURES", "symbol", "BTCUSDT")).data();
        assertThat(futures).hasSize(1);
        JsonNode ticker = futures.get(0);
        assertThat(ticker.get("category").asText()).isEqualTo("USDT-FUTURES");
        assertThat(ticker.get("lastPrice").asText()).isEqualTo("76000");
        assertThat(ticker.get("markPrice").asText()).isEqualTo("76000");
        assertThat(new BigDecimal(ticker.get("ask1Price").asText())).isGreaterThan(new BigDecimal(ticker.get("bid1Price").asText()));
        assertThat(ticker.get("deliveryTime").asText()).isEmpty();
        assertThat(ticker.has("price24hPcnt") && ticker.has("volume24h") && ticker.has("turnover24h")).isTrue();
        assertThat(spot.get(0).has("markPrice")).isFalse();
    }

    @Test
    void candlesAreSevenStringsAndOnlyV3Intervals() {
        JsonNode candles = client.publicGet("/api/v3/market/candles", query("category", "SPOT", "symbol", "BTCUSDT",
                "interval", "1m", "limit", "2")).data();
        assertThat(candles).hasSize(2);
        assertThat(candles.get(0)).hasSize(7);
        assertThat(candles.get(0).get(0).asLong()).isLessThan(candles.get(1).get(0).asLong());
        assertThat(candles.get(1).get(4).asText()).isEqualTo("76000");
        assertThat(client.publicGet("/api/v3/market/candles", query("category", "USDT-FUTURES", "symbol", "BTCUSDT",
                "interval", "1W")).code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v3/market/candles", query("category", "USDT-FUTURES", "symbol", "BTCUSDT",
                "granularity", "1m")).code()).isEqualTo("40034");
    }

    @Test
    void orderBookHasFiveLevelsByDefault() {
        JsonNode book = client.publicGet("/api/v3/market/orderbook", query("category", "USDT-FUTURES", "symbol", "BTCUSDT")).data();
        assertThat(book.get("a")).hasSize(5);
        assertThat(book.get("b")).hasSize(5);
        assertThat(book.get("a").get(0).get(0).isNumber()).isTrue();
        assertThat(book.get("a").get(0).get(0).decimalValue()).isLessThan(book.get("a").get(1).get(0).decimalValue());
        assertThat(book.get("b").get(0).get(0).decimalValue()).isGreaterThan(book.get("b").get(1).get(0).decimalValue());
        assertThat(client.publicGet("/api/v3/market/orderbook", query("category", "SPOT", "symbol", "BTCUSDT", "limit", "200"))
                .data().get("a")).hasSize(200);
    }

    @Test
    void instrumentsDescribePrecisionWithV3Names() {
        JsonNode btc = client.publicGet("/api/v3/market/instruments", query("category", "USDT-FUTURES", "symbol", "BTCUSDT"))
                .data().get(0);
        assertThat(btc.get("minOrderQty").asText()).isEqualTo("0.0001");
        assertThat(btc.get("quantityMultiplier").asText()).isEqualTo("0.0001");
        assertThat(btc.get("priceMultiplier").asText()).isEqualTo("0.1");
        assertThat(btc.get("pricePrecision").asText()).isEqualTo("1");
        assertThat(btc.get("maxLeverage").asText()).isEqualTo("125");
        assertThat(btc.get("type").asText()).isEqualTo("perpetual");
        JsonNode spot = client.publicGet("/api/v3/market/instruments", query("category", "SPOT", "symbol", "BTCUSDT")).data().get(0);
        assertThat(spot.get("pricePrecision").asText()).isEqualTo("2");
        assertThat(spot.get("minOrderAmount").asText()).isEqualTo("1");
        assertThat(client.publicGet("/api/v3/market/instruments", query("category", "COIN-FUTURES")).data()).hasSize(2);
    }

    @Test
    void parameterErrors() {
        assertThat(client.publicGet("/api/v3/market/tickers").code()).isEqualTo("40019");
        assertThat(client.publicGet("/api/v3/market/tickers", query("category", "MARGIN")).code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v3/market/tickers", query("category", "SPOT", "symbol", "BTCPERP")).code()).isEqualTo("25100");
        assertThat(client.publicGet("/api/v3/market/tickers", query("productType", "USDT-FUTURES")).code()).isEqualTo("40034");
    }
}
