package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What {@code java -jar kafka-order-bridge.jar} does without options: embedded Kafka and simulator, samples. */
class SandboxTest {

    @Test
    void theEmbeddedModePlacesTheSampleIntents() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            Map<String, String> properties = new LinkedHashMap<>(sandbox.bridgeProperties());
            properties.put("bridge.samples.count", "16");
            properties.put("camel.management.enabled", "false");
            try (OrderBridge bridge = new OrderBridge(properties).start()) {
                BridgeMetrics metrics = bridge.bean("bridgeMetrics", BridgeMetrics.class);

                await().atMost(Duration.ofSeconds(60)).until(() -> metrics.settled(ResultStatus.ACCEPTED)
                        + metrics.settled(ResultStatus.REJECTED) + metrics.total("bitget.bridge.intents.dead.lettered")
                        >= 16);

                assertThat(metrics.settled(ResultStatus.ACCEPTED)).as("orders, leverage, cancels").isEqualTo(12);
                assertThat(metrics.settled(ResultStatus.REJECTED)).as("closing a flat position").isEqualTo(2);
                assertThat(metrics.total("bitget.bridge.intents.dead.lettered")).as("unlisted symbol").isEqualTo(2);
                assertThat(metrics.registry().find("bitget.bridge.intents.received").tag("account", "hedge")
                        .counter().count()).isEqualTo(8);
            }
        }
    }
}
