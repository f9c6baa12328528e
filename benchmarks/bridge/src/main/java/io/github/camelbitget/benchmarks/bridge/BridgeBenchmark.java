package io.github.camelbitget.benchmarks.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitget.examples.bridge.EmbeddedKafka;
import io.github.camelbitget.examples.bridge.OrderBridge;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;
import io.github.camelbitget.simulator.RecordedRequest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Orders per second through the Kafka order bridge to the simulator, for one account: a backlog of single orders
 * (symbols alternate, so nothing is batched) and a backlog the bridge batches (one symbol), each with Bitget's limits
 * kept by the component and enforced by the simulator (which answers 429 beyond them), and with the limits raised out
 * of the way (the bridge's own ceiling). The clock runs from publishing the backlog to its last result on Kafka.
 * Usage: {@code BridgeBenchmark <output json>}.
 */
public final class BridgeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiKey KEY = ApiKey.DEFAULT;
    private static final String PLACE_ORDER = "/api/v2/mix/order/place-order";
    private static final String BATCH_PLACE_ORDER = "/api/v2/mix/order/batch-place-order";

    /** One measured backlog. */
    public record Result(String workload, boolean limitsKept, int orders, double seconds, double ordersPerSecond,
                         long tooManyRequests, int peakPlaceOrdersPerSecond, int peakBatchCallsPerSecond) {
    }

    private record Workload(String name, int orders, List<String> symbols) {
    }

    public static void main(String[] args) throws Exception {
        List<Workload> workloads = List.of(new Workload("single orders", 200, List.of("BTCUSDT", "ETHUSDT")),
                new Workload("batched orders", 1000, List.of("ETHUSDT")));
        List<Result> results = new ArrayList<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            for (Workload workload : workloads) {
                for (boolean limits : List.of(true, false)) {
                    results.add(run(kafka, workload, limits));
                }
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), results);
        System.out.printf(Locale.ROOT, "%n%-16s %-8s %7s %9s %10s %6s %12s %12s%n", "bridge workload", "limits",
                "orders", "seconds", "orders/s", "429s", "place/s max", "batch/s max");
        for (Result result : results) {
            System.out.printf(Locale.ROOT, "%-16s %-8s %7d %9.1f %10.1f %6d %12d %12d%n", result.workload(),
                    result.limitsKept() ? "kept" : "raised", result.orders(), result.seconds(),
                    result.ordersPerSecond(), result.tooManyRequests(), result.peakPlaceOrdersPerSecond(),
                    result.peakBatchCallsPerSecond());
        }
    }

    private static Result run(EmbeddedKafka kafka, Workload workload, boolean limits) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (BitgetSimulator simulator = BitgetSimulator.builder().port(0).rateLimits(limits)
                .walkInterval(Duration.ZERO).balance("USDT", "100000000").build().start();
             OrderBridge bridge = new OrderBridge(properties(kafka, simulator, run, limits)).start();
             KafkaConsumer<String, String> results = consumer(kafka, "results-" + run);
             KafkaProducer<String, String> intents = producer(kafka)) {
            // warm-up: symbol lists, clock, connections
            publish(intents, "orders-" + run, List.of(intent(run, "warm-up", "BTCUSDT")));
            await(results, 1);
            simulator.requestLog().clear();
            List<String> backlog = new ArrayList<>();
            for (int i = 0; i < workload.orders(); i++) {
                backlog.add(intent(run, "o-" + i, workload.symbols().get(i % workload.symbols().size())));
            }
            long start = System.nanoTime();
            publish(intents, "orders-" + run, backlog);
            await(results, workload.orders());
            double seconds = (System.nanoTime() - start) / 1e9;
            List<RecordedRequest> sent = simulator.requestLog().all();
            long tooMany = sent.stream().filter(request -> request.status() == 429).count();
            return new Result(workload.name(), limits, workload.orders(), seconds, workload.orders() / seconds,
                    tooMany, simulator.requestLog().maxInAnyWindow(PLACE_ORDER, Duration.ofSeconds(1)),
                    simulator.requestLog().maxInAnyWindow(BATCH_PLACE_ORDER, Duration.ofSeconds(1)));
        }
    }

    private static Map<String, String> properties(EmbeddedKafka kafka, BitgetSimulator simulator, String run,
                                                  boolean limits) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bridge.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("bridge.kafka.group-id", "benchmark-" + run);
        properties.put("bridge.topics.orders", "orders-" + run);
        properties.put("bridge.topics.results", "results-" + run);
        properties.put("bridge.topics.dead-letters", "dlq-" + run);
        properties.put("bridge.topics.create", "true");
        properties.put("bridge.topics.partitions", "1");
        properties.put("bridge.topics.replication-factor", "1");
        properties.put("bridge.bitget.base-url", simulator.baseUrl());
        properties.put("camel.management.enabled", "false");
        properties.put("bridge.accounts.main.api-key", KEY.apiKey());
        properties.put("bridge.accounts.main.secret-key", KEY.secretKey());
        properties.put("bridge.accounts.main.passphrase", KEY.passphrase());
        properties.put("bridge.accounts.main.mode", "demo");
        if (!limits) {
            properties.put("bridge.accounts.main.rate-limit-overrides", "placeOrder=10000,batchPlaceOrder=10000");
        }
        return properties;
    }

    private static String intent(String run, String id, String symbol) {
        ObjectNode intent = JSON.createObjectNode().put("intentId", run + "-" + id)
                .put("operation", "futures/placeOrder").put("symbol", symbol).put("side", "buy").put("size", "0.01");
        return intent.toString();
    }

    private static void publish(KafkaProducer<String, String> producer, String topic, List<String> intents)
            throws Exception {
        for (String intent : intents) {
            producer.send(new ProducerRecord<>(topic, "main", intent));
        }
        producer.flush();
    }

    /** Waits for {@code count} more results, each intent counted once. */
    private static void await(KafkaConsumer<String, String> results, int count) {
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (seen.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + seen.size() + " of " + count + " results in 5 minutes");
            }
            for (ConsumerRecord<String, String> record : results.poll(Duration.ofMillis(200))) {
                try {
                    seen.add(JSON.readTree(record.value()).path("intentId").asText());
                } catch (Exception e) {
                    throw new IllegalStateException("unreadable result: " + record.value(), e);
                }
            }
        }
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafka kafka, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka kafka) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private BridgeBenchmark() {
    }
}
