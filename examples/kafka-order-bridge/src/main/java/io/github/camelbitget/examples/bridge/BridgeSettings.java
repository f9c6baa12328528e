package io.github.camelbitget.examples.bridge;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/** The {@code bridge.*} options (see {@code application.properties} for each one's meaning and default). */
public record BridgeSettings(
        String bootstrapServers,
        String groupId,
        int consumers,
        int maxPollRecords,
        Duration maxPollInterval,
        Duration pollTimeout,
        Duration shutdownTimeout,
        Duration retryMaxDelay,
        Map<String, String> kafkaClientProperties,
        String ordersTopic,
        String resultsTopic,
        String deadLetterTopic,
        boolean createTopics,
        int partitions,
        short replicationFactor,
        String bitgetBaseUrl,
        Duration rateLimitMaxWait,
        Duration requestTimeout,
        int minBatch,
        int unsettledRetries,
        Duration unsettledRetryDelay,
        int deskThreads,
        Duration symbolsRefreshAfter,
        int sampleIntents) {

    /** Kafka client options passed to every consumer, producer and admin client (security, TLS, ...). */
    public static final String KAFKA_CLIENT_PREFIX = "bridge.kafka.client.";

    /**
     * @param property       the value of a property, or null when it is not set
     * @param clientSettings the {@code bridge.kafka.client.*} properties
     */
    public static BridgeSettings from(Function<String, String> property, Properties clientSettings) {
        Settings settings = new Settings(property);
        return new BridgeSettings(
                settings.required("bridge.kafka.bootstrap-servers"),
                settings.text("bridge.kafka.group-id", "bitget-order-bridge"),
                settings.number("bridge.kafka.consumers", 1),
                settings.number("bridge.kafka.max-poll-records", 500),
                settings.millis("bridge.kafka.max-poll-interval", 300_000),
                settings.millis("bridge.kafka.poll-timeout", 200),
                settings.millis("bridge.kafka.shutdown-timeout", 30_000),
                settings.millis("bridge.kafka.retry-max-delay", 30_000),
                clientProperties(clientSettings),
                settings.text("bridge.topics.orders", "bitget.orders"),
                settings.text("bridge.topics.results", "bitget.order-results"),
                settings.text("bridge.topics.dead-letters", "bitget.orders.dlq"),
                Boolean.parseBoolean(settings.text("bridge.topics.create", "false")),
                settings.number("bridge.topics.partitions", 12),
                (short) settings.number("bridge.topics.replication-factor", 3),
                settings.text("bridge.bitget.base-url", "https://api.bitget.com"),
                settings.millis("bridge.bitget.rate-limit-max-wait", 60_000),
                settings.millis("bridge.bitget.request-timeout", 10_000),
                settings.number("bridge.batch.min-size", 2),
                settings.number("bridge.unsettled.retries", 3),
                settings.millis("bridge.unsettled.retry-delay", 1_000),
                settings.number("bridge.desk.threads", 4),
                settings.millis("bridge.symbols.refresh-after", 300_000),
                settings.number("bridge.samples.count", 0));
    }

    private static Map<String, String> clientProperties(Properties clientSettings) {
        Map<String, String> properties = new TreeMap<>();
        clientSettings.stringPropertyNames().forEach(name ->
                properties.put(name.substring(KAFKA_CLIENT_PREFIX.length()), clientSettings.getProperty(name)));
        return Map.copyOf(properties);
    }

    /** Reads and checks one property at a time, naming it in every error. */
    private record Settings(Function<String, String> property) {

        String text(String name, String defaultValue) {
            String value = property.apply(name);
            return value == null || value.isBlank() ? defaultValue : value.trim();
        }

        String required(String name) {
            String value = text(name, null);
            if (value == null) {
                throw new IllegalArgumentException("Missing property " + name);
            }
            return value;
        }

        int number(String name, int defaultValue) {
            String value = text(name, null);
            try {
                int number = value == null ? defaultValue : Integer.parseInt(value);
                if (number < 0) {
                    throw new NumberFormatException("negative");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid property " + name + "='" + value
                                                   + "'; expected a whole number of at least 0", e);
            }
        }

        Duration millis(String name, long defaultMillis) {
            return Duration.ofMillis(number(name, (int) defaultMillis));
        }
    }
}
