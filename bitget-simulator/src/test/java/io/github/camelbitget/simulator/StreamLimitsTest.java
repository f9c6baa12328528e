package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.github.camelbitget.simulator.StreamTestClient.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Bitget's connection rules with shortened times: 2 s maximum age, 1 s without ping; 3 subscribes, 2 channels. */
class StreamLimitsTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b
            .maxConnectionAge(MAX_AGE).streamPingTimeout(Duration.ofSeconds(1)).streamLimits(10, 3, 2));

    private StreamTestClient connect() {
        return StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/public");
    }

    @BeforeEach
    void setUp() {
        BITGET.reset();
    }

    @Test
    void theEleventhMessageInASecondIsRefusedAndCloses() {
        try (StreamTestClient client = connect()) {
            for (int i = 0; i < 11; i++) {
                client.send("ping");
            }
            JsonNode error = client.next(event("error"));
            assertThat(error.path("code").asText()).isEqualTo("30006");
            assertThat(client.received()).filteredOn(JsonNode::isTextual).hasSize(10);
            assertThat(client.closed).succeedsWithin(StreamTestClient.TIMEOUT).isEqualTo(1000);
        }
    }

    @Test
    void channelAndSubscribeRequestLimits() {
        try (StreamTestClient client = connect()) {
            client.subscribe("SPOT", "ticker", "BTCUSDT");
            client.subscribe("SPOT", "ticker", "ETHUSDT");
            client.subscribe("SPOT", "ticker", "SOLUSDT");
            JsonNode tooMany = client.next(event("error"));
            assertThat(tooMany.path("code").asText()).isEqualTo("30007");
            assertThat(tooMany.path("arg").path("instId").asText()).isEqualTo("SOLUSDT");
            assertThat(client.closed).isNotDone();

            client.subscribe("SPOT", "ticker", "BTCUSDT");
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30007");
            assertThat(client.closed).succeedsWithin(StreamTestClient.TIMEOUT).isEqualTo(1000);
        }
    }

    @Test
    void aConnectionWithoutPingsIsClosed() {
        try (StreamTestClient client = connect()) {
            assertThat(client.closed).succeedsWithin(StreamTestClient.TIMEOUT).isEqualTo(1000);
        }
    }

    @Test
    void aConnectionIsClosedAtItsMaximumAgeEvenWhilePinging() throws Exception {
        long start = System.nanoTime();
        try (StreamTestClient client = connect()) {
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
                client.send("ping");
                try {
                    client.closed.get(250, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillOpen) {
                    // ping again, well within the 1 s ping timeout
                }
            }
            assertThat(client.closed).isCompletedWithValue(1000);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(MAX_AGE.minusMillis(100));
        }
    }
}
