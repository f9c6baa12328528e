package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelbitget.simulator.AccountView;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulatorExtension;
import io.github.camelbitget.simulator.Environment;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Never lost, never doubled: a bridge dying mid-order, and two instances sharing (and handing over) the partitions. */
class OrderBridgeRecoveryTest {

    private static final ApiKey DESK_A_KEY = ApiKey.DEFAULT;
    private static final ApiKey DESK_B_KEY = Sandbox.HEDGE_KEY;

    @RegisterExtension
    static final KafkaTestCluster KAFKA = new KafkaTestCluster();

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.apiKey(DESK_B_KEY));

    private BridgeFixture fixture;

    @BeforeEach
    void freshExchange() {
        BITGET.reset();
    }

    @AfterEach
    void stopBridges() {
        fixture.close();
    }

    /**
     * The order reaches Bitget but its answer never comes; the bridge is stopped before it could publish or commit.
     * A fresh bridge in the same group gets the intent again and finds the order by its clientOid.
     */
    @Test
    void aBridgeDyingAfterPlacingAndBeforeCommittingPlacesTheOrderOnce() throws Exception {
        fixture = new BridgeFixture(KAFKA, BITGET.simulator(), Map.of("main", DESK_A_KEY));
        AccountView account = BITGET.simulator().account(DESK_A_KEY.apiKey(), Environment.DEMO);
        BITGET.simulator().faults().hangResponse("/api/v2/mix/order/place-order").times(1);
        OrderBridge first = fixture.start(Map.of("bridge.kafka.shutdown-timeout", "300",
                "bridge.bitget.request-timeout", "5000"));
        KAFKA.publish(fixture.orders, "main", BridgeFixture.futuresOrder("crash-1", "BTCUSDT", "buy", "0.01")
                .toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> account.futuresOrders().size() == 1);
        long placedAt = System.currentTimeMillis();

        first.close();
        assertThat(System.currentTimeMillis() - placedAt).as("stopped before the answer timed out").isLessThan(4000);
        assertThat(KAFKA.read(fixture.results, 0, Duration.ofMillis(200), Duration.ZERO)).isEmpty();
        BITGET.simulator().faults().clear();
        fixture.start();

        List<KafkaTestCluster.Received> results = KAFKA.read(fixture.results, 1, Duration.ofSeconds(30),
                Duration.ofMillis(Math.max(500, placedAt + 6000 - System.currentTimeMillis())));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).value().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(0).value().path("recovery").asText()).isEqualTo("DUPLICATE");
        assertThat(account.futuresOrders()).hasSize(1);
        assertThat(results.get(0).value().path("orderId").asText())
                .isEqualTo(account.futuresOrders().get(0).orderId());
        assertThat(account.futuresOrders().get(0).clientOid())
                .isEqualTo(IntentClientOids.forIntent("main", "crash-1"));
    }

    /**
     * Two instances in one group share the partitions of two accounts; halfway through, one of them stops and the
     * other takes its partition over. Every intent is placed once and has one result.
     */
    @Test
    void twoInstancesInOneGroupPlaceEveryIntentOnce() throws Exception {
        List<String> desks = desksOnDifferentPartitions(2);
        fixture = new BridgeFixture(KAFKA, BITGET.simulator(), Map.of(desks.get(0), DESK_A_KEY, desks.get(1),
                DESK_B_KEY)).with("bridge.kafka.max-poll-records", "20");
        OrderBridge one = fixture.start();
        OrderBridge two = fixture.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> assigned(one) == 1 && assigned(two) == 1);

        List<Map.Entry<String, String>> intents = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            for (String desk : desks) {
                String intentId = desk + "-" + i;
                intents.add(new AbstractMap.SimpleEntry<>(desk, (i % 10 == 9
                        ? BridgeFixture.spotOrder(intentId, "XRPUSDT", "buy", "5")
                        : BridgeFixture.futuresOrder(intentId, "ETHUSDT", i % 2 == 0 ? "buy" : "sell", "0.01"))
                        .toString()));
            }
        }
        KAFKA.publish(fixture.orders, intents.subList(0, 120));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> KAFKA.read(fixture.results, 120, Duration.ofMillis(300), Duration.ZERO).size() >= 120);
        double oneReceived = one.bean("bridgeMetrics", BridgeMetrics.class).total("bitget.bridge.intents.received");
        double twoReceived = two.bean("bridgeMetrics", BridgeMetrics.class).total("bitget.bridge.intents.received");
        KAFKA.publish(fixture.orders, intents.subList(120, intents.size()));
        one.close();

        List<KafkaTestCluster.Received> results = KAFKA.read(fixture.results, intents.size(), Duration.ofSeconds(60),
                Duration.ofMillis(500));

        assertThat(oneReceived).as("both instances consumed").isPositive();
        assertThat(twoReceived).as("both instances consumed").isPositive();
        Map<String, Long> resultsPerIntent = results.stream().collect(Collectors.groupingBy(
                result -> result.value().path("intentId").asText(), LinkedHashMap::new, Collectors.counting()));
        assertThat(resultsPerIntent).hasSize(intents.size());
        assertThat(resultsPerIntent.values()).containsOnly(1L);
        assertThat(results).extracting(result -> result.value().path("status").asText()).containsOnly("ACCEPTED");
        for (Map.Entry<String, ApiKey> desk : Map.of(desks.get(0), DESK_A_KEY, desks.get(1), DESK_B_KEY).entrySet()) {
            AccountView account = BITGET.simulator().account(desk.getValue().apiKey(), Environment.DEMO);
            List<String> clientOids = new ArrayList<>();
            account.futuresOrders().forEach(order -> clientOids.add(order.clientOid()));
            account.spotOrders().forEach(order -> clientOids.add(order.clientOid()));
            assertThat(clientOids).hasSize(120).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(intents.stream().filter(i -> i.getKey().equals(desk.getKey()))
                            .map(i -> IntentClientOids.forIntent(desk.getKey(), intentId(i.getValue()))).toList());
        }
    }

    /** Account ids whose intents Kafka's default partitioner puts on different partitions of a 2-partition topic. */
    private static List<String> desksOnDifferentPartitions(int partitions) {
        Function<String, Integer> partition = desk -> Utils.toPositive(
                Utils.murmur2(desk.getBytes(StandardCharsets.UTF_8))) % partitions;
        List<String> desks = new ArrayList<>();
        for (char c = 'a'; desks.size() < 2; c++) {
            String desk = "desk-" + c;
            if (desks.isEmpty() || !partition.apply(desks.get(0)).equals(partition.apply(desk))) {
                desks.add(desk);
            }
        }
        return desks;
    }

    private static int assigned(OrderBridge bridge) {
        return bridge.bean("intentConsumer", IntentConsumer.class).states().stream()
                .mapToInt(state -> state.assigned().size()).sum();
    }

    private static String intentId(String intentJson) {
        return intentJson.replaceFirst("^\\{\"intentId\":\"([^\"]+)\".*$", "$1");
    }
}
