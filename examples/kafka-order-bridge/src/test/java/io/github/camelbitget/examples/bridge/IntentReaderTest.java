package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What becomes an intent, and why the rest goes to the dead-letter topic; no Kafka, no exchange. */
class IntentReaderTest {

    private final List<String> catalogueLoads = new ArrayList<>();
    private final SymbolCatalogue catalogue = new SymbolCatalogue(market -> {
        catalogueLoads.add(market);
        return market.equals(SymbolCatalogue.SPOT) ? Set.of("BTCUSDT", "XRPUSDT") : Set.of("BTCUSDT", "ETHUSDT");
    }, Duration.ofMinutes(5), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    private final BridgeMetrics metrics = new BridgeMetrics(new SimpleMeterRegistry(), Set.of("main"));
    private final IntentReader reader = new IntentReader(Set.of("main"), new IntentSchema(), catalogue, metrics,
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    private long offset;

    @Test
    void aValidOrderBecomesAnIntentWithItsDerivedClientOid() {
        IntentBatch batch = read("main", """
                {"intentId": "s1-42", "operation": "futures/placeOrder", "symbol": "BTCUSDT", "side": "buy",
                 "size": "0.01", "orderType": "limit", "price": "75000.5", "marginMode": "crossed"}""");

        assertThat(batch.deadLetters()).isEmpty();
        OrderIntent intent = batch.intents().get(0);
        assertThat(intent.intentId()).isEqualTo("s1-42");
        assertThat(intent.operation()).isEqualTo(IntentOperation.FUTURES_PLACE_ORDER);
        assertThat(intent.productType()).isEqualTo("USDT-FUTURES");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("symbol", "BTCUSDT");
        expected.put("side", "buy");
        expected.put("size", "0.01");
        expected.put("orderType", "limit");
        expected.put("price", "75000.5");
        expected.put("marginMode", "crossed");
        expected.put("clientOid", IntentClientOids.forIntent("main", "s1-42"));
        assertThat(intent.parameters()).containsExactlyEntriesOf(expected);
        assertThat(intent.source().topic()).isEqualTo("bitget.orders");
        assertThat(metrics.total("bitget.bridge.intents.received")).isEqualTo(1);
    }

    @Test
    void cancelsAndLeverageKeepTheirFieldsAndGetNoClientOidOfTheirOwn() {
        IntentBatch batch = read("main",
                "{\"operation\": \"spot/cancelOrder\", \"symbol\": \"XRPUSDT\", \"orderId\": \"123\"}",
                "{\"operation\": \"futures/setLeverage\", \"symbol\": \"ETHUSDT\", \"leverage\": 20}");

        assertThat(batch.deadLetters()).isEmpty();
        assertThat(batch.intents().get(0).parameters()).containsOnlyKeys("symbol", "orderId");
        assertThat(batch.intents().get(0).intentId()).isNull();
        assertThat(batch.intents().get(1).parameters()).containsEntry("leverage", 20).doesNotContainKey("clientOid");
    }

    @Test
    void anOrderWithoutIntentIdIsNamedByItsRecord() {
        OrderIntent intent = read("main",
                "{\"operation\": \"spot/placeOrder\", \"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"size\": \"10\"}")
                .intents().get(0);

        assertThat(intent.clientOid()).isEqualTo(IntentClientOids.forRecord(intent.source()));
    }

    @Test
    void refusesWhatIsNotAnIntent() {
        assertThat(reason(null, "{\"operation\": \"spot/placeOrder\"}")).startsWith("no account");
        assertThat(reason("ghost", order("BTCUSDT"))).isEqualTo("unknown account 'ghost'");
        assertThat(reason("main", "")).isEqualTo("empty message");
        assertThat(reason("main", "[1, 2]")).isEqualTo("not a JSON object");
        assertThat(reason("main", "{\"operation\": ")).isEqualTo("not JSON");
        assertThat(reason("main", "{\"size\": \"1\", \"size\": \"2\"}")).isEqualTo("not JSON");
        assertThat(reason("main", order("DOGEUSDT"))).isEqualTo("unknown symbol DOGEUSDT on USDT-FUTURES");
        assertThat(reason("main", order("ETHUSDT").replace("futures/", "spot/")))
                .isEqualTo("unknown symbol ETHUSDT on SPOT");
        IntentBatch notUtf8 = reader.read(List.of(record("main", new byte[] {'{', (byte) 0xC3, '}'})));
        assertThat(notUtf8.deadLetters().get(0).reason()).isEqualTo("not UTF-8 text");
    }

    @Test
    void namesEverySchemaRuleAnIntentBreaks() {
        assertThat(details(btcBuy("\"size\": 0.01"))).anyMatch(detail -> detail.startsWith("$.size"));
        assertThat(details(btcBuy("\"size\": \"-1\""))).anyMatch(detail -> detail.startsWith("$.size"));
        assertThat(details(btcBuy("\"size\": \"0\""))).anyMatch(detail -> detail.startsWith("$.size"));
        assertThat(details(btcBuy("\"force\": \"gtc\""))).anyMatch(detail -> detail.contains("size"));
        assertThat(details(btcBuy("\"size\": \"1\", \"clientOid\": \"mine\"")))
                .anyMatch(detail -> detail.contains("clientOid"));
        assertThat(details(btcBuy("\"size\": \"1\", \"price\": \"70000\"")))
                .anyMatch(detail -> detail.contains("orderType"));
        assertThat(details(btcBuy("\"size\": \"1\", \"sise\": \"1\""))).anyMatch(detail -> detail.contains("sise"));
        assertThat(details("{\"operation\": \"spot/placeOrder\", \"symbol\": \"BTCUSDT\", \"side\": \"buy\","
                           + " \"size\": \"1\", \"marginMode\": \"crossed\"}"))
                .anyMatch(detail -> detail.contains("marginMode"));
        assertThat(details("{\"operation\": \"futures/closePosition\", \"symbol\": \"BTCUSDT\", \"size\": \"1\"}"))
                .anyMatch(detail -> detail.contains("size"));
        assertThat(details("{\"operation\": \"futures/setLeverage\", \"symbol\": \"BTCUSDT\", \"leverage\": 500}"))
                .anyMatch(detail -> detail.startsWith("$.leverage"));
        assertThat(details("{\"operation\": \"futures/modifyOrder\", \"symbol\": \"BTCUSDT\"}"))
                .anyMatch(detail -> detail.startsWith("$.operation"));
    }

    /** A futures buy of BTCUSDT with {@code fields} added. */
    private static String btcBuy(String fields) {
        return "{\"operation\": \"futures/placeOrder\", \"symbol\": \"BTCUSDT\", \"side\": \"buy\", " + fields + "}";
    }

    @Test
    void looksAnUnknownSymbolUpAgainOnlyOnceTheListIsOld() {
        read("main", order("DOGEUSDT"), order("DOGEUSDT"), order("BTCUSDT"));

        assertThat(catalogueLoads).containsExactly("USDT-FUTURES");
    }

    private String reason(String account, String value) {
        IntentBatch batch = read(account, value);
        assertThat(batch.intents()).isEmpty();
        return batch.deadLetters().get(0).reason();
    }

    private List<String> details(String value) {
        IntentBatch batch = read("main", value);
        assertThat(batch.intents()).isEmpty();
        assertThat(batch.deadLetters().get(0).reason()).isEqualTo("schema violation");
        return batch.deadLetters().get(0).details();
    }

    private static String order(String symbol) {
        return "{\"operation\": \"futures/placeOrder\", \"symbol\": \"" + symbol + "\", \"side\": \"buy\","
               + " \"size\": \"1\"}";
    }

    private IntentBatch read(String account, String... values) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (String value : values) {
            records.add(record(account, value.getBytes(StandardCharsets.UTF_8)));
        }
        return reader.read(records);
    }

    private ConsumerRecord<byte[], byte[]> record(String account, byte[] value) {
        return new ConsumerRecord<>("bitget.orders", 0, offset++,
                account == null ? null : account.getBytes(StandardCharsets.UTF_8), value);
    }
}
