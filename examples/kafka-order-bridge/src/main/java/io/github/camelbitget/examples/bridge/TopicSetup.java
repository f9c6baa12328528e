package io.github.camelbitget.examples.bridge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the bridge's topics when they do not exist ({@code bridge.topics.create=true}): intents and results with
 * {@code bridge.topics.partitions} partitions (results are keyed by account too), the dead-letter topic with one.
 */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    public static void ensureTopics(Map<String, Object> adminProperties, BridgeSettings settings)
            throws InterruptedException {
        try (Admin admin = Admin.create(adminProperties)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = List.of(
                    new NewTopic(settings.ordersTopic(), settings.partitions(), settings.replicationFactor()),
                    new NewTopic(settings.resultsTopic(), settings.partitions(), settings.replicationFactor()),
                    new NewTopic(settings.deadLetterTopic(), 1, settings.replicationFactor()))
                    .stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                LOG.info("Created topics {}", missing.stream().map(NewTopic::name).collect(Collectors.joining(", ")));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the bridge's topics", e.getCause());
        }
    }
}
