package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;

class MarketDataTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false).price("DOGEUSDT", "0.2"));

    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    @Test
    void serverTimeUsesTheEnvelope() {
        BitgetTestClient.Reply reply = client.publicGet("/api/v2/public/time");
        assertThat(reply.body()).startsWith("{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":");
        assertThat(reply.data().get("serverTime").isTextual()).isTrue();
        assertThat(Math.abs(Long.parseLong(reply.data().get("serverTime").asText()) - System.currentTimeMillis())).isLessThan(5000);
    }

    @Test
    void contractsCarryTheMetadataAsStrings() {
        JsonNode contracts = client.publicGet("/api/v2/mix/market/contracts", query("productType", "usdt-futures")).data();
        assertThat(contracts).extracting(c -> c.get("symbol").asText())
                .containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT");
        JsonNode btc = client.publicGet("/api/v2/mix/market/contracts", query("productType", "USDT-FUTURES", "symbol", "BTCUSDT")).data().get(0);
        assertThat(btc.get("pricePlace").asText()).isEqualTo("1");
        assertThat(btc.get("volumePlace").asText()).isEqualTo("4");
        assertThat(btc.get("minTradeNum").asText()).isEqualTo("0.0001");
        assertThat(btc.get("minTradeUSDT").asText()).isEqualTo("5");
        assertThat(btc.get("takerFeeRate").asText()).isEqualTo("0.0006");
        assertThat(btc.get("supportMarginCoins").get(0).asText()).isEqualTo("USDT");
        assertThat(client.publicGet("/api/v2/mix/market/contracts", query("productType", "COIN-FUTURES")).data())
                .extracting(c -> c.get("symbol").asText()).containsExactlyInAnyOrder("BTCUSD", "ETHUSD");
        assertThat(client.publicGet("/api/v2/mix/market/contracts", query("productType", "USDC-FUTURES")).data())
                .extracting(c -> c.get("symbol").asText()).containsExactlyInAnyOrder("BTCPERP", "ETHPERP");
        assertThat(client.publicGet("/api/v2/mix/market/contracts", query("productType", "SPOT")).code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v2/mix/market/contracts").code()).isEqualTo("40019");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES", "susdt-futures"})
    void delistedDemoProductTypesHaveNoContracts(String productType) {
        BitgetTestClient.Reply reply = client.publicGet("/api/v2/mix/market/contracts", query("productType", productType));
        assertThat(reply.code()).isEqualTo("00000");
        assertThat(reply.data().isArray()).isTrue();
        assertThat(reply.data()).isEmpty();
    }

    @Test
    void tickers() {
        BITGET.simulator().setPrice("BTCUSDT", "75000");
        JsonNode single = client.publicGet("/api/v2/mix/market/ticker", query("symbol", "BTCUSDT", "productType", "USDT-FUTURES")).data();
        assertThat(single.isArray()).isTrue();
        assertThat(single).hasSize(1);
        assertThat(single.get(0).get("lastPr").asText()).isEqualTo("75000");
        assertThat(single.get(0).get("askPr").asText()).isEqualTo("75000.1");
        assertThat(single.get(0).get("bidPr").asText()).isEqualTo("74999.9");
        assertThat(single.get(0).get("markPrice").asText()).isEqualTo("75000");
        assertThat(client.publicGet("/api/v2/mix/market/ticker", query("symbol", "BTCUSDTX", "productType", "USDT-FUTURES")).code())
                .isEqualTo("40034");

        assertThat(client.publicGet("/api/v2/mix/market/tickers", query("productType", "USDC-FUTURES")).data()).hasSize(2);
        JsonNode spot = client.publicGet("/api/v2/spot/market/tickers").data();
        assertThat(spot).hasSize(5);
        JsonNode btc = client.publicGet("/api/v2/spot/market/tickers", query("symbol", "BTCUSDT")).data().get(0);
        assertThat(btc.get("lastPr").asText()).isEqualTo("75000");
        assertThat(btc.get("askPr").asText()).isEqualTo("75000.01");
        assertThat(btc.has("open")).isTrue();
    }

    @Test
    void candleGranularityFollowsEachMarketsSpelling() {
        JsonNode futures = client.publicGet("/api/v2/mix/market/candles",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "granularity", "1H", "limit", "5")).data();
        assertThat(futures).hasSize(5);
        assertThat(futures.get(0)).hasSize(7);
        assertThat(futures.get(1).get(0).asLong() - futures.get(0).get(0).asLong()).isEqualTo(3_600_000L);
        assertThat(futures.get(4).get(4).asText()).isEqualTo(BITGET.simulator().price("BTCUSDT").toPlainString());

        JsonNode spot = client.publicGet("/api/v2/spot/market/candles",
                query("symbol", "BTCUSDT", "granularity", "1h", "limit", "5")).data();
        assertThat(spot).hasSize(5);
        assertThat(spot.get(0)).hasSize(8);
        assertThat(spot.get(0).get(0).asText()).isEqualTo(futures.get(0).get(0).asText());

        assertThat(client.publicGet("/api/v2/mix/market/candles",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "granularity", "1h")).code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v2/spot/market/candles", query("symbol", "BTCUSDT", "granularity", "1H")).code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v2/spot/market/candles", query("symbol", "BTCUSDT", "granularity", "1m")).code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v2/spot/market/candles", query("symbol", "BTCUSDT")).code()).isEqualTo("40019");
        assertThat(client.publicGet("/api/v2/spot/market/candles", query("symbol", "BTCUSDT", "granularity", "1day",
                "limit", "3")).data()).hasSize(3);
    }

    @Test
    void candlesHonourStartAndEndTime() {
        long now = System.currentTimeMillis();
        long end = now - 10 * 86_400_000L;
        JsonNode candles = client.publicGet("/api/v2/mix/market/candles", query("symbol", "ETHUSDT", "productType", "USDT-FUTURES",
                "granularity", "1Dutc", "endTime", Long.toString(end), "limit", "3")).data();
        assertThat(candles).hasSize(3);
        assertThat(candles.get(2).get(0).asLong()).isEqualTo(Math.floorDiv(end, 86_400_000L) * 86_400_000L);
        for (JsonNode candle : candles) {
            BigDecimal high = new BigDecimal(candle.get(2).asText());
            BigDecimal low = new BigDecimal(candle.get(3).asText());
            assertThat(high).isGreaterThanOrEqualTo(new BigDecimal(candle.get(1).asText())).isGreaterThanOrEqualTo(new BigDecimal(candle.get(4).asText()));
            assertThat(low).isLessThanOrEqualTo(new BigDecimal(candle.get(1).asText())).isLessThanOrEqualTo(new BigDecimal(candle.get(4).asText()));
        }
        assertThat(client.publicGet("/api/v2/mix/market/candles", query("symbol", "ETHUSDT", "productType", "USDT-FUTURES",
                "granularity", "1Dutc", "startTime", Long.toString(now), "endTime", Long.toString(end))).code()).isEqualTo("40707");
    }

    @Test
    void theWalkIsDeterministicPerSeed() {
        List<BigDecimal> first = walk(7);
        assertThat(walk(7)).isEqualTo(first);
        assertThat(walk(8)).isNotEqualTo(first);
    }

    private static List<BigDecimal> walk(long seed) {
        BitgetSimulator simulator = BitgetSimulator.builder().seed(seed).build();
        List<BigDecimal> prices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            simulator.advancePrices(5);
            prices.add(simulator.price("ETHUSDT"));
        }
        return prices;
    }

    @Test
    void historicalCandlesAreTheSameForTheSameSeed() throws Exception {
        try (BitgetSimulator other = BitgetSimulator.builder().build().start()) {
            String path = "/api/v2/mix/market/candles";
            var params = query("symbol", "SOLUSDT", "productType", "USDT-FUTURES", "granularity", "4H", "limit", "50");
            JsonNode mine = client.publicGet(path, params).data();
            JsonNode theirs = new BitgetTestClient(other.baseUrl()).publicGet(path, params).data();
            assertThat(mine.size()).isEqualTo(50);
            assertThat(mine.get(10)).isEqualTo(theirs.get(10));
        }
    }

    @Test
    void mergeDepthLevelsAreJsonNumbers() {
        JsonNode depth = client.publicGet("/api/v2/mix/market/merge-depth",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "limit", "5")).data();
        assertThat(depth.get("asks")).hasSize(5);
        assertThat(depth.get("bids")).hasSize(5);
        assertThat(depth.get("asks").get(0).get(0).isNumber()).isTrue();
        assertThat(depth.get("asks").get(0).get(0).decimalValue()).isLessThan(depth.get("asks").get(1).get(0).decimalValue());
        assertThat(depth.get("bids").get(0).get(0).decimalValue()).isGreaterThan(depth.get("bids").get(1).get(0).decimalValue());
        assertThat(depth.get("precision").asText()).isEqualTo("scale0");
        assertThat(depth.get("scale").asText()).isEqualTo("0.1");
        assertThat(client.publicGet("/api/v2/mix/market/merge-depth",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES")).data().get("asks")).hasSize(100);
        assertThat(client.publicGet("/api/v2/mix/market/merge-depth",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "limit", "7")).code()).isEqualTo("40020");
        JsonNode coarse = client.publicGet("/api/v2/mix/market/merge-depth",
                query("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "precision", "scale2", "limit", "max")).data();
        assertThat(coarse.get("scale").asText()).isEqualTo("10");
        assertThat(coarse.get("asks").get(1).get(0).decimalValue().subtract(coarse.get("asks").get(0).get(0).decimalValue()))
                .isEqualByComparingTo("10");
    }

    @Test
    void spotOrderBookLevelsAreStrings() {
        JsonNode book = client.publicGet("/api/v2/spot/market/orderbook", query("symbol", "ETHUSDT", "limit", "3")).data();
        assertThat(book.get("bids")).hasSize(3);
        assertThat(book.get("bids").get(0).get(0).isTextual()).isTrue();
        assertThat(book.get("ts").isTextual()).isTrue();
    }

    @Test
    void catalogsForSymbolsCoinsAndMargin() {
        JsonNode symbols = client.publicGet("/api/v2/spot/public/symbols").data();
        assertThat(symbols).extracting(s -> s.get("symbol").asText()).contains("BTCUSDT", "DOGEUSDT");
        JsonNode doge = client.publicGet("/api/v2/spot/public/symbols", query("symbol", "DOGEUSDT")).data().get(0);
        assertThat(doge.get("pricePrecision").asText()).isEqualTo("5");
        assertThat(client.publicGet("/api/v2/spot/public/coins").data()).extracting(c -> c.get("coin").asText())
                .contains("BTC", "USDT", "USDC", "DOGE");
        assertThat(client.publicGet("/api/v2/margin/currencies").data().get(0).has("maxCrossedLeverage")).isTrue();
    }
}
