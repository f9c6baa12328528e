package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;

import static io.github.camelbitget.simulator.StreamTestClient.event;
import static org.assertj.core.api.Assertions.assertThat;

class PublicStreamTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.rateLimits(false));

    private StreamTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/public");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void tickerAcksTheArgThenPushesASnapshot() {
        BITGET.simulator().setPrice("BTCUSDT", "76012.5");
        client.send("{\"op\":\"subscribe\",\"args\":[" + StreamTestClient.arg("USDT-FUTURES", "ticker", "BTCUSDT") + ","
                + StreamTestClient.arg("SPOT", "ticker", "BTCUSDT") + "]}");

        JsonNode ack = client.next(event("subscribe"));
        assertThat(ack.path("arg").toString()).isEqualTo("{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}");
        JsonNode futures = client.next(m -> m.path("arg").path("instType").asText().equals("USDT-FUTURES") && m.has("action"));
        assertThat(futures.path("action").asText()).isEqualTo("snapshot");
        assertThat(futures.path("ts").isNumber()).isTrue();
        JsonNode ticker = futures.path("data").get(0);
        assertThat(ticker.path("instId").asText()).isEqualTo("BTCUSDT");
        assertThat(ticker.path("lastPr").asText()).isEqualTo("76012.5");
        assertThat(new BigDecimal(ticker.path("bidPr").asText())).isLessThan(new BigDecimal(ticker.path("askPr").asText()));
        assertThat(ticker.path("symbolType").isNumber()).isTrue();
        List<String> fields = new ArrayList<>();
        ticker.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).contains("askSz", "bidSz", "open24h", "high24h", "low24h", "change24h", "fundingRate",
                "nextFundingTime", "markPrice", "indexPrice", "holdingAmount", "baseVolume", "quoteVolume", "openUtc",
                "symbol", "deliveryPrice", "ts");
        JsonNode spot = client.next(m -> m.path("arg").path("instType").asText().equals("SPOT") && m.has("action"));
        assertThat(spot.path("data").get(0).has("changeUtc24h")).isTrue();
        assertThat(spot.path("data").get(0).has("fundingRate")).isFalse();

        BITGET.simulator().setPrice("BTCUSDT", "76100");
        JsonNode moved = client.next(m -> m.path("data").path(0).path("lastPr").asText().equals("76100"));
        assertThat(moved.path("action").asText()).isEqualTo("snapshot");
    }

    @Test
    void booksUpdatesApplyToTheSnapshotWithMatchingChecksums() {
        client.subscribe("USDT-FUTURES", "books", "BTCUSDT");
        client.next(event("subscribe"));
        JsonNode snapshot = client.nextData("books", "snapshot").path("data").get(0);
        LocalBook book = new LocalBook();
        book.apply(snapshot);
        assertThat(book.checksum()).isEqualTo(snapshot.path("checksum").asInt());
        long seq = snapshot.path("seq").asLong();

        for (int i = 0; i < 3; i++) {
            BITGET.simulator().advancePrices(1);
            JsonNode update = client.nextData("books", "update").path("data").get(0);
            assertThat(update.path("seq").asLong()).isEqualTo(seq + 1);
            seq = update.path("seq").asLong();
            book.apply(update);
            assertThat(book.checksum()).isEqualTo(update.path("checksum").asInt());
        }
        assertThat(book.bids.firstKey()).isLessThan(book.asks.firstKey());
    }

    @Test
    void aCorruptedChecksumHitsTheNextUpdateOnly() {
        client.subscribe("SPOT", "books", "ETHUSDT");
        LocalBook book = new LocalBook();
        book.apply(client.nextData("books", "snapshot").path("data").get(0));
        BITGET.simulator().faults().corruptNextBookChecksum("SPOT", "ETHUSDT");

        BITGET.simulator().advancePrices(1);
        JsonNode bad = client.nextData("books", "update").path("data").get(0);
        book.apply(bad);
        assertThat(book.checksum()).isNotEqualTo(bad.path("checksum").asInt());

        BITGET.simulator().advancePrices(1);
        JsonNode good = client.nextData("books", "update").path("data").get(0);
        book.apply(good);
        assertThat(book.checksum()).isEqualTo(good.path("checksum").asInt());
    }

    @Test
    void depthCandlesAndTrades() {
        client.send("{\"op\":\"subscribe\",\"args\":[" + StreamTestClient.arg("COIN-FUTURES", "books5", "BTCUSD") + ","
                + StreamTestClient.arg("USDC-FUTURES", "candle1m", "ETHPERP") + ","
                + StreamTestClient.arg("SPOT", "trade", "SOLUSDT") + "]}");

        JsonNode depth = client.nextData("books5", "snapshot").path("data").get(0);
        assertThat(depth.path("bids")).hasSize(5);
        assertThat(depth.path("asks").get(0).get(0).isTextual()).isTrue();
        JsonNode candles = client.nextData("candle1m", "snapshot").path("data");
        assertThat(candles.size()).isGreaterThan(1);
        assertThat(candles.get(0)).hasSize(8);
        client.nextData("trade", "snapshot");

        BITGET.simulator().advancePrices(1);
        assertThat(client.nextData("books5", "snapshot").path("data").get(0).path("bids")).hasSize(5);
        JsonNode candle = client.nextData("candle1m", "update").path("data");
        assertThat(candle.get(candle.size() - 1).get(4).asText()).isEqualTo(BITGET.simulator().price("ETHPERP").toPlainString());
        JsonNode trade = client.nextData("trade", "update").path("data").get(0);
        assertThat(trade.path("price").asText()).isEqualTo(BITGET.simulator().price("SOLUSDT").toPlainString());
        assertThat(trade.path("side").asText()).isIn("buy", "sell");
        assertThat(trade.has("tradeId") && trade.has("size") && trade.has("ts")).isTrue();

        client.send("{\"op\":\"unsubscribe\",\"args\":[" + StreamTestClient.arg("SPOT", "trade", "SOLUSDT") + "]}");
        assertThat(client.next(event("unsubscribe")).path("arg").path("channel").asText()).isEqualTo("trade");
    }

    /** A client-side merge of bitget-api.md §7.4, keeping the strings as received. */
    private static final class LocalBook {

        final TreeMap<BigDecimal, String[]> bids = new TreeMap<>(Comparator.reverseOrder());
        final TreeMap<BigDecimal, String[]> asks = new TreeMap<>();

        void apply(JsonNode data) {
            merge(bids, data.path("bids"));
            merge(asks, data.path("asks"));
        }

        private static void merge(TreeMap<BigDecimal, String[]> side, JsonNode levels) {
            for (JsonNode level : levels) {
                String price = level.get(0).asText();
                String size = level.get(1).asText();
                if (new BigDecimal(size).signum() == 0) {
                    side.remove(new BigDecimal(price));
                } else {
                    side.put(new BigDecimal(price), new String[] {price, size});
                }
            }
        }

        int checksum() {
            List<String[]> b = new ArrayList<>(bids.values());
            List<String[]> a = new ArrayList<>(asks.values());
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                if (i < b.size()) {
                    parts.add(b.get(i)[0] + ":" + b.get(i)[1]);
                }
                if (i < a.size()) {
                    parts.add(a.get(i)[0] + ":" + a.get(i)[1]);
                }
            }
            CRC32 crc = new CRC32();
            crc.update(String.join(":", parts).getBytes(StandardCharsets.UTF_8));
            return (int) crc.getValue();
        }
    }
}
