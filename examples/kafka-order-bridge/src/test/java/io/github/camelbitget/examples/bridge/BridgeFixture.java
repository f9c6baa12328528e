package io.github.camelbitget.examples.bridge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;

/**
 * Bridge instances for a test: fresh topics and consumer group per fixture, the simulator's accounts, and the
 * management server off (tests run side by side). Closes every bridge it started.
 */
final class BridgeFixture implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String orders;
    final String results;
    final String deadLetters;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<OrderBridge> bridges = new ArrayList<>();

    BridgeFixture(KafkaTestCluster kafka, BitgetSimulator simulator, Map<String, ApiKey> accounts) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        orders = "orders-" + run;
        results = "results-" + run;
        deadLetters = "dlq-" + run;
        properties.put("bridge.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("bridge.kafka.group-id", "bridge-" + run);
        properties.put("bridge.topics.orders", orders);
        properties.put("bridge.topics.results", results);
        properties.put("bridge.topics.dead-letters", deadLetters);
        properties.put("bridge.topics.create", "true");
        properties.put("bridge.topics.partitions", "2");
        properties.put("bridge.topics.replication-factor", "1");
        properties.put("bridge.bitget.base-url", simulator.baseUrl());
        properties.put("bridge.unsettled.retry-delay", "200");
        properties.put("camel.management.enabled", "false");
        properties.put("camel.main.shutdown-timeout", "10");
        accounts.forEach((id, key) -> {
            properties.put(BridgeAccount.PREFIX + id + ".api-key", key.apiKey());
            properties.put(BridgeAccount.PREFIX + id + ".secret-key", key.secretKey());
            properties.put(BridgeAccount.PREFIX + id + ".passphrase", key.passphrase());
            properties.put(BridgeAccount.PREFIX + id + ".mode", "demo");
        });
    }

    BridgeFixture with(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** Starts a bridge instance with the fixture's properties and {@code overrides}. */
    OrderBridge start(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putAll(overrides);
        OrderBridge bridge = new OrderBridge(all).start();
        bridges.add(bridge);
        return bridge;
    }

    OrderBridge start() {
        return start(Map.of());
    }

    @Override
    public void close() {
        bridges.forEach(OrderBridge::close);
    }

    static ObjectNode futuresOrder(String intentId, String symbol, String side, String size) {
        return JSON.createObjectNode().put("intentId", intentId).put("operation", "futures/placeOrder")
                .put("symbol", symbol).put("side", side).put("size", size);
    }

    static ObjectNode spotOrder(String intentId, String symbol, String side, String size) {
        return JSON.createObjectNode().put("intentId", intentId).put("operation", "spot/placeOrder")
                .put("symbol", symbol).put("side", side).put("size", size);
    }

    static ObjectNode intent(String intentId, String operation, String symbol) {
        return JSON.createObjectNode().put("intentId", intentId).put("operation", operation).put("symbol", symbol);
    }
}
