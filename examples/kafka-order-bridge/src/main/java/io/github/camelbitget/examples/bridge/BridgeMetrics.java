package io.github.camelbitget.examples.bridge;

import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The bridge's Micrometer meters (Prometheus names in brackets), tagged by account, operation and status:
 * <ul>
 * <li>{@code bitget.bridge.intents.received} [bitget_bridge_intents_received_total]: records polled;</li>
 * <li>{@code bitget.bridge.intents.settled} [bitget_bridge_intents_settled_total]: results published, by status
 * ACCEPTED (placed), REJECTED or UNKNOWN;</li>
 * <li>{@code bitget.bridge.intents.dead.lettered} [bitget_bridge_intents_dead_lettered_total];</li>
 * <li>{@code bitget.bridge.intent.latency} [bitget_bridge_intent_latency_seconds]: from poll to result;</li>
 * <li>{@code bitget.bridge.intent.age} [bitget_bridge_intent_age_seconds]: from the record's timestamp to result;</li>
 * <li>{@code bitget.bridge.polls.failed} [bitget_bridge_polls_failed_total]: polls whose processing failed and that
 * are processed again.</li>
 * </ul>
 * Accounts that are not configured are counted as {@code unknown}, so a stray key cannot add meters.
 */
public final class BridgeMetrics {

    private static final String UNKNOWN_ACCOUNT = "unknown";

    private final MeterRegistry registry;
    private final Set<String> accounts;

    /** @param accounts the configured accounts: the only values of the account tag besides {@code unknown} */
    public BridgeMetrics(MeterRegistry registry, Set<String> accounts) {
        this.registry = registry;
        this.accounts = Set.copyOf(accounts);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** @param account the record's key, null when it had none */
    void received(String account) {
        Counter.builder("bitget.bridge.intents.received").description("Intent records polled from Kafka")
                .tag("account", accountTag(account))
                .register(registry).increment();
    }

    void settled(IntentResult result) {
        OrderIntent intent = result.intent();
        Counter.builder("bitget.bridge.intents.settled").description("Intent results published")
                .tags("account", intent.account(), "operation", intent.operation().path(),
                        "status", result.status().name())
                .register(registry).increment();
        Timer.builder("bitget.bridge.intent.latency").description("From poll to result")
                .tags("account", intent.account(), "operation", intent.operation().path(),
                        "status", result.status().name())
                .register(registry).record(Duration.ofMillis(result.completedAt() - intent.receivedAt()));
        Timer.builder("bitget.bridge.intent.age").description("From the intent record's timestamp to result")
                .tags("account", intent.account(), "operation", intent.operation().path())
                .register(registry)
                .record(Duration.ofMillis(Math.max(0, result.completedAt() - intent.source().timestamp())));
    }

    void deadLettered(DeadLetter deadLetter) {
        Counter.builder("bitget.bridge.intents.dead.lettered").description("Invalid intents sent to the DLQ")
                .tag("account", accountTag(deadLetter.account()))
                .register(registry).increment();
    }

    void pollFailed() {
        Counter.builder("bitget.bridge.polls.failed").description("Polls processed again after a failure")
                .register(registry).increment();
    }

    private String accountTag(String account) {
        return account != null && accounts.contains(account) ? account : UNKNOWN_ACCOUNT;
    }

    /** The count of a counter over all its tags, e.g. {@code total("bitget.bridge.intents.received")}. */
    public double total(String counterName) {
        return registry.find(counterName).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The count of settled results of one status over all accounts and operations. */
    public double settled(ResultStatus status) {
        return registry.find("bitget.bridge.intents.settled").tag("status", status.name()).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
