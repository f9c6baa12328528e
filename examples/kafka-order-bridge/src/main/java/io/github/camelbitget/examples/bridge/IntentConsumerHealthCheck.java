package io.github.camelbitget.examples.bridge;

import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * {@code bitget-order-bridge/intent-consumer}, readiness and liveness: DOWN when the consumer is not running, a
 * consumer thread died, or the last poll failed (it is being processed again); UP otherwise, with each thread's
 * partitions and time since its last poll. The accounts' Bitget checks are the component's producer checks
 * ({@code camel.health.producersEnabled=true}).
 */
public final class IntentConsumerHealthCheck extends AbstractHealthCheck {

    private final IntentConsumer consumer;

    public IntentConsumerHealthCheck(IntentConsumer consumer) {
        super("bitget-order-bridge", "intent-consumer");
        this.consumer = consumer;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<IntentConsumer.LoopState> states = consumer.states();
        if (!consumer.isStarted() || states.isEmpty()) {
            builder.down().message("the intent consumer is not running");
            return;
        }
        long now = System.currentTimeMillis();
        builder.up();
        for (IntentConsumer.LoopState state : states) {
            builder.detail(state.name() + ".partitions", state.assigned().toString());
            builder.detail(state.name() + ".lastPollAgeMs", state.lastPollAt() == 0 ? -1 : now - state.lastPollAt());
            if (!state.alive()) {
                builder.down().message(state.name() + " died");
                if (state.lastFailure() != null) {
                    builder.error(state.lastFailure());
                }
            } else if (state.failuresInARow() > 0) {
                builder.down().message(state.name() + ": the last " + state.failuresInARow()
                                       + " attempt(s) to process a poll failed; retrying").error(state.lastFailure());
            }
        }
    }
}
