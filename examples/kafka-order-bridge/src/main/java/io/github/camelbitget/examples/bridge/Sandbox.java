package io.github.camelbitget.examples.bridge;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;

/**
 * Everything the bridge needs, in this process: a single-node Kafka and the Bitget simulator with two accounts,
 * {@code main} (the simulator's default key) and {@code hedge} (a second user of the simulator).
 */
public final class Sandbox implements AutoCloseable {

    /** The simulator's second user. */
    public static final ApiKey HEDGE_KEY = ApiKey.of("sim-hedge-key", "sim-hedge-secret", "sim-hedge-passphrase");

    private final EmbeddedKafka kafka;
    private final BitgetSimulator simulator;

    private Sandbox(EmbeddedKafka kafka, BitgetSimulator simulator) {
        this.kafka = kafka;
        this.simulator = simulator;
    }

    public static Sandbox start() throws Exception {
        BitgetSimulator simulator = BitgetSimulator.builder().port(0).walkInterval(Duration.ofMillis(500))
                .apiKey(HEDGE_KEY).build().start();
        try {
            return new Sandbox(EmbeddedKafka.start(), simulator);
        } catch (Exception e) {
            simulator.close();
            throw e;
        }
    }

    /** The bridge's properties for this sandbox (they hold the simulator's credentials). */
    public Map<String, String> bridgeProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bridge.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("bridge.topics.create", "true");
        properties.put("bridge.topics.partitions", "6");
        properties.put("bridge.topics.replication-factor", "1");
        properties.put("bridge.bitget.base-url", simulator.baseUrl());
        account(properties, "main", ApiKey.DEFAULT);
        account(properties, "hedge", HEDGE_KEY);
        return properties;
    }

    private static void account(Map<String, String> properties, String id, ApiKey key) {
        properties.put(BridgeAccount.PREFIX + id + ".api-key", key.apiKey());
        properties.put(BridgeAccount.PREFIX + id + ".secret-key", key.secretKey());
        properties.put(BridgeAccount.PREFIX + id + ".passphrase", key.passphrase());
        properties.put(BridgeAccount.PREFIX + id + ".mode", "demo");
    }

    public String describe() {
        return "an embedded Kafka at " + kafka.bootstrapServers() + " and the Bitget simulator at "
               + simulator.baseUrl();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            simulator.close();
        }
    }
}
