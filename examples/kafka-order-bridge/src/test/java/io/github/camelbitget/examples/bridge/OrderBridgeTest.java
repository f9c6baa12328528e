package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;
import io.github.camelbitget.simulator.BitgetSimulatorExtension;
import io.github.camelbitget.simulator.Environment;
import io.github.camelbitget.simulator.OrderSnapshot;
import io.github.camelbitget.simulator.RecordedRequest;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Intents in, results out: every operation, the dead-letter topic, and a backlog of 500 within Bitget's limits. */
class OrderBridgeTest {

    @RegisterExtension
    static final KafkaTestCluster KAFKA = new KafkaTestCluster();

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.apiKey(Sandbox.HEDGE_KEY));

    private static final String FUTURES_PLACE = "/api/v2/mix/order/place-order";
    private static final String FUTURES_BATCH = "/api/v2/mix/order/batch-place-order";
    private static final String SPOT_PLACE = "/api/v2/spot/trade/place-order";

    private BridgeFixture fixture;

    @BeforeEach
    void freshExchange() {
        BITGET.reset();
        fixture = new BridgeFixture(KAFKA, BITGET.simulator(),
                Map.of("main", ApiKey.DEFAULT, "hedge", Sandbox.HEDGE_KEY));
    }

    @AfterEach
    void stopBridges() {
        fixture.close();
    }

    @Test
    void placesEveryKindOfIntentAndPublishesItsResult() throws Exception {
        OrderBridge bridge = fixture.start();
        List<Map.Entry<String, String>> intents = List.of(
                entry("main", BridgeFixture.futuresOrder("rt-1", "BTCUSDT", "buy", "0.01")),
                entry("main", BridgeFixture.futuresOrder("rt-2", "ETHUSDT", "sell", "0.1").put("orderType", "limit")
                        .put("price", "9000")),
                entry("main", BridgeFixture.spotOrder("rt-3", "BTCUSDT", "buy", "50")),
                entry("main", BridgeFixture.intent("rt-4", "futures/setLeverage", "BTCUSDT").put("leverage", 10)),
                entry("main", BridgeFixture.intent("rt-5", "futures/cancelOrder", "ETHUSDT")
                        .put("clientOid", IntentClientOids.forIntent("main", "rt-2"))),
                entry("main", BridgeFixture.intent("rt-6", "futures/closePosition", "BTCUSDT")),
                entry("main", BridgeFixture.futuresOrder("rt-7", "BTCUSDT", "buy", "1000")),
                entry("hedge", BridgeFixture.futuresOrder("rt-8", "ETHUSDT", "buy", "0.1")));
        KAFKA.publish(fixture.orders, intents);

        List<KafkaTestCluster.Received> published = KAFKA.read(fixture.results, intents.size(), Duration.ofSeconds(30),
                Duration.ofMillis(500));

        Map<String, JsonNode> results = byIntentId(published);
        assertThat(results).hasSize(intents.size());
        assertThat(published).as("results are keyed by account")
                .allSatisfy(result -> assertThat(result.key()).isEqualTo(result.value().path("account").asText()));
        List<OrderSnapshot> mainOrders = BITGET.simulator().account(ApiKey.DEFAULT.apiKey(), Environment.DEMO)
                .futuresOrders();
        OrderSnapshot btc = order(mainOrders, IntentClientOids.forIntent("main", "rt-1"));
        assertThat(results.get("rt-1").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get("rt-1").path("orderId").asText()).isEqualTo(btc.orderId());
        assertThat(results.get("rt-1").path("clientOid").asText()).isEqualTo(btc.clientOid());
        assertThat(results.get("rt-1").path("timing").path("latencyMs").asLong()).isNotNegative();
        assertThat(results.get("rt-2").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get("rt-3").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(BITGET.simulator().account(ApiKey.DEFAULT.apiKey(), Environment.DEMO).spotOrders())
                .extracting(OrderSnapshot::clientOid).containsExactly(IntentClientOids.forIntent("main", "rt-3"));
        assertThat(results.get("rt-4").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get("rt-5").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(order(BITGET.simulator().account(ApiKey.DEFAULT.apiKey(), Environment.DEMO).futuresOrders(),
                IntentClientOids.forIntent("main", "rt-2")).status()).isEqualTo("canceled");
        assertThat(results.get("rt-6").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get("rt-6").path("orderIds")).hasSize(1);
        assertThat(results.get("rt-7").path("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get("rt-7").path("code").asText()).isNotBlank();
        assertThat(results.get("rt-7").path("message").asText()).isNotBlank();
        assertThat(results.get("rt-8").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(BITGET.simulator().account(Sandbox.HEDGE_KEY.apiKey(), Environment.DEMO).futuresOrders())
                .extracting(OrderSnapshot::clientOid).containsExactly(IntentClientOids.forIntent("hedge", "rt-8"));

        BridgeMetrics metrics = bridge.bean("bridgeMetrics", BridgeMetrics.class);
        assertThat(metrics.total("bitget.bridge.intents.received")).isEqualTo(8);
        assertThat(metrics.settled(ResultStatus.ACCEPTED)).isEqualTo(7);
        assertThat(metrics.settled(ResultStatus.REJECTED)).isEqualTo(1);
        assertThat(KAFKA.read(fixture.deadLetters, 0, Duration.ofMillis(200), Duration.ZERO)).isEmpty();
        HealthCheck.Result health = HealthCheckHelper.invoke(bridge.camelContext()).stream()
                .filter(result -> result.getCheck().getId().equals("intent-consumer")).findFirst().orElseThrow();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void sendsInvalidIntentsToTheDeadLetterTopicOnly() throws Exception {
        OrderBridge bridge = fixture.start();
        List<Map.Entry<String, String>> invalid = new ArrayList<>(List.of(
                new AbstractMap.SimpleEntry<>("main", "{\"intentId\": \"bad-1\", \"operation\": "),
                entry("main", BridgeFixture.futuresOrder("bad-2", "BTCUSDT", "buy", "0.01").put("size", 0.01)),
                entry("main", BridgeFixture.futuresOrder("bad-3", "DOGEUSDX", "buy", "1")),
                entry("ghost", BridgeFixture.futuresOrder("bad-4", "BTCUSDT", "buy", "0.01")),
                entry("main", BridgeFixture.futuresOrder("bad-5", "BTCUSDT", "buy", "0.01").put("clientOid", "mine")),
                entry("main", BridgeFixture.futuresOrder("bad-6", "BTCUSDT", "buy", "0.01").put("orderType", "limit")),
                entry("main", BridgeFixture.intent("bad-7", "futures/cancelOrder", "BTCUSDT"))));
        invalid.add(new AbstractMap.SimpleEntry<>(null, BridgeFixture.futuresOrder("bad-8", "BTCUSDT", "buy", "0.01")
                .toString()));
        KAFKA.publish(fixture.orders, invalid);

        List<KafkaTestCluster.Received> deadLetters = KAFKA.read(fixture.deadLetters, invalid.size(),
                Duration.ofSeconds(30), Duration.ofMillis(500));

        assertThat(deadLetters).hasSize(invalid.size());
        // bad-8 has no key, so it may land on another partition and overtake the others: find letters by content
        List<KafkaTestCluster.Received> unreadable = deadLetters.stream()
                .filter(letter -> letter.value().path("intentId").isNull()).toList();
        assertThat(unreadable).hasSize(1);
        JsonNode notJson = unreadable.get(0).value();
        assertThat(notJson.path("reason").asText()).isEqualTo("not JSON");
        assertThat(notJson.path("payload").asText()).isEqualTo(invalid.get(0).getValue());
        Map<String, JsonNode> byIntent = byIntentId(deadLetters.stream()
                .filter(letter -> !letter.value().path("intentId").isNull()).toList());
        assertThat(byIntent.get("bad-2").path("reason").asText()).isEqualTo("schema violation");
        assertThat(byIntent.get("bad-2").path("details").toString()).contains("$.size");
        assertThat(byIntent.get("bad-3").path("reason").asText()).isEqualTo("unknown symbol DOGEUSDX on USDT-FUTURES");
        assertThat(byIntent.get("bad-4").path("reason").asText()).isEqualTo("unknown account 'ghost'");
        assertThat(byIntent.get("bad-5").path("details").toString()).contains("clientOid");
        assertThat(byIntent.get("bad-6").path("details").toString()).contains("price");
        assertThat(byIntent.get("bad-7").path("details").toString()).contains("orderId", "clientOid");
        assertThat(byIntent.get("bad-8").path("reason").asText()).startsWith("no account");
        assertThat(KAFKA.read(fixture.results, 0, Duration.ofMillis(500), Duration.ZERO)).isEmpty();
        assertThat(BITGET.simulator().requestLog().all()).extracting(RecordedRequest::path)
                .noneMatch(path -> path.contains("/order/") || path.contains("/trade/"));
        assertThat(bridge.bean("bridgeMetrics", BridgeMetrics.class).total("bitget.bridge.intents.dead.lettered"))
                .isEqualTo(invalid.size());
    }

    /**
     * A run of orders goes in one batch call, each item's answer mapped to its intent; the same intents published
     * again (as a redelivery would bring them) place nothing twice: Bitget refuses the batch's clientOids, and each
     * intent is resolved to its order. The intents are published before a bridge polls, so each set is one poll.
     */
    @Test
    void aBatchMapsEachItemAndItsRedeliveryPlacesNothingTwice() throws Exception {
        List<Map.Entry<String, String>> intents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String size = i == 2 ? "1000" : "0.01";
            intents.add(entry("main", BridgeFixture.futuresOrder("run-" + i, "BTCUSDT", "buy", size)));
        }
        KAFKA.publish(fixture.orders, intents);
        OrderBridge bridge = fixture.start();
        List<KafkaTestCluster.Received> first = KAFKA.read(fixture.results, 5, Duration.ofSeconds(30), Duration.ZERO);
        bridge.close();
        KAFKA.publish(fixture.orders, intents);
        fixture.start();

        List<KafkaTestCluster.Received> all = KAFKA.read(fixture.results, 10, Duration.ofSeconds(30),
                Duration.ofMillis(500));

        assertThat(first).extracting(r -> r.value().path("status").asText())
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED", "ACCEPTED");
        assertThat(first).extracting(r -> r.value().path("batched").asBoolean()).containsOnly(true);
        assertThat(first.get(2).value().path("code").asText()).isNotBlank();
        List<KafkaTestCluster.Received> again = all.subList(5, all.size());
        assertThat(all).hasSize(10);
        assertThat(again).extracting(r -> r.value().path("status").asText())
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED", "ACCEPTED");
        assertThat(again).extracting(r -> r.value().path("recovery").asText())
                .containsExactly("DUPLICATE", "DUPLICATE", "null", "DUPLICATE", "DUPLICATE");
        assertThat(again).extracting(r -> r.value().path("orderId").asText())
                .isEqualTo(first.stream().map(r -> r.value().path("orderId").asText()).toList());
        assertThat(BITGET.simulator().account(ApiKey.DEFAULT.apiKey(), Environment.DEMO).futuresOrders()).hasSize(4);
        assertThat(BITGET.simulator().requestLog().forPath(FUTURES_BATCH)).hasSize(2);
    }

    /**
     * 500 intents of one account published at once: runs of futures orders of one symbol go in batches, spot orders
     * and alternating symbols one by one; Bitget never answers 429, no second holds more than its limit, and the
     * orders exist in the order of the intents.
     */
    @Test
    void placesABacklogOf500WithinTheLimitsAndInOrder() throws Exception {
        List<Map.Entry<String, String>> intents = new ArrayList<>();
        String[] symbols = {"BTCUSDT", "ETHUSDT", "SOLUSDT"};
        for (int block = 0; block < 5; block++) {
            for (int i = 0; i < 80; i++) {
                String side = i % 2 == 0 ? "buy" : "sell";
                String size = symbols[block % 3].equals("BTCUSDT") ? "0.001" : symbols[block % 3].equals("ETHUSDT")
                        ? "0.01" : "0.1";
                intents.add(entry("main", BridgeFixture.futuresOrder("bl-" + intents.size(), symbols[block % 3], side,
                        size)));
            }
            for (int i = 0; i < 10; i++) {
                intents.add(entry("main", BridgeFixture.spotOrder("bl-" + intents.size(), "XRPUSDT", "buy", "5")));
            }
        }
        for (int i = 0; i < 50; i++) {
            intents.add(entry("main", BridgeFixture.futuresOrder("bl-" + intents.size(), i % 2 == 0 ? "BTCUSDT"
                    : "ETHUSDT", "buy", i % 2 == 0 ? "0.001" : "0.01")));
        }
        KAFKA.publish(fixture.orders, intents);
        fixture.start();

        List<KafkaTestCluster.Received> results = KAFKA.read(fixture.results, intents.size(), Duration.ofSeconds(90),
                Duration.ofMillis(500));

        assertThat(results).hasSize(500);
        assertThat(results).extracting(result -> result.value().path("status").asText()).containsOnly("ACCEPTED");
        assertThat(results).extracting(result -> result.value().path("intentId").asText())
                .as("the account's results keep the intents' order")
                .containsExactlyElementsOf(intents.stream().map(entry -> intentId(entry.getValue())).toList());
        List<OrderSnapshot> orders = new ArrayList<>();
        orders.addAll(BITGET.simulator().account(ApiKey.DEFAULT.apiKey(), Environment.DEMO).futuresOrders());
        orders.addAll(BITGET.simulator().account(ApiKey.DEFAULT.apiKey(), Environment.DEMO).spotOrders());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            position.put(IntentClientOids.forIntent("main", intentId(intents.get(i).getValue())), i);
        }
        assertThat(orders).hasSize(500);
        assertThat(orders).extracting(OrderSnapshot::clientOid).doesNotHaveDuplicates();
        assertThat(orders.stream().sorted(Comparator.comparing(order -> Long.parseLong(order.orderId())))
                .map(order -> position.get(order.clientOid())).toList())
                .as("the orders exist in the order of the intents").isSorted();
        BitgetSimulator simulator = BITGET.simulator();
        assertThat(simulator.requestLog().all()).extracting(RecordedRequest::status).doesNotContain(429);
        int futuresPerSecond = simulator.requestLog().maxInAnyWindow(FUTURES_PLACE, Duration.ofSeconds(1));
        int spotPerSecond = simulator.requestLog().maxInAnyWindow(SPOT_PLACE, Duration.ofSeconds(1));
        int batchesPerSecond = simulator.requestLog().maxInAnyWindow(FUTURES_BATCH, Duration.ofSeconds(1));
        assertThat(futuresPerSecond).isLessThanOrEqualTo(10);
        assertThat(spotPerSecond).isLessThanOrEqualTo(10);
        assertThat(batchesPerSecond).isLessThanOrEqualTo(5);
        assertThat(simulator.requestLog().forPath(FUTURES_BATCH)).isNotEmpty();
        long first = results.stream().mapToLong(r -> r.value().path("timing").path("receivedAt").asLong()).min()
                .orElseThrow();
        long last = results.stream().mapToLong(r -> r.value().path("timing").path("completedAt").asLong()).max()
                .orElseThrow();
        System.out.printf("500 intents of one account in %d ms: %.1f orders/s; %d batch calls (max %d/s), %d single"
                          + " futures (max %d/s), %d spot (max %d/s), 0 x 429%n", last - first,
                500_000.0 / (last - first), simulator.requestLog().forPath(FUTURES_BATCH).size(), batchesPerSecond,
                simulator.requestLog().forPath(FUTURES_PLACE).size(), futuresPerSecond,
                simulator.requestLog().forPath(SPOT_PLACE).size(), spotPerSecond);
    }

    private static Map.Entry<String, String> entry(String account, JsonNode intent) {
        return new AbstractMap.SimpleEntry<>(account, intent.toString());
    }

    private static String intentId(String intentJson) {
        return intentJson.replaceFirst("^\\{\"intentId\":\"([^\"]+)\".*$", "$1");
    }

    private static Map<String, JsonNode> byIntentId(List<KafkaTestCluster.Received> records) {
        return records.stream().collect(Collectors.toMap(record -> record.value().path("intentId").asText(),
                KafkaTestCluster.Received::value, (a, b) -> {
                    throw new AssertionError("two records for intent " + a.path("intentId").asText());
                }));
    }

    private static OrderSnapshot order(List<OrderSnapshot> orders, String clientOid) {
        return orders.stream().filter(order -> order.clientOid().equals(clientOid)).findFirst()
                .orElseThrow(() -> new AssertionError("no order " + clientOid + " in " + orders));
    }
}
