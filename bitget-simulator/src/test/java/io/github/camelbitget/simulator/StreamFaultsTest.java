package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class StreamFaultsTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension();

    private StreamTestClient connect() {
        return StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/public");
    }

    @BeforeEach
    void setUp() {
        BITGET.reset();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + StreamTestClient.TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + StreamTestClient.TIMEOUT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aStalledStreamSendsNoPongUntilTheStallEnds() throws InterruptedException {
        Duration stall = Duration.ofMillis(700);
        try (StreamTestClient client = connect()) {
            long start = System.nanoTime();
            BITGET.simulator().faults().stallStreams(stall);
            long sentAt;
            // a ping every 200 ms until one is answered, which is one sent after the stall
            do {
                sentAt = System.nanoTime();
                client.send("ping");
                Thread.sleep(200);
            } while (client.received().isEmpty());
            assertThat(Duration.ofNanos(sentAt - start)).isGreaterThanOrEqualTo(stall.minusMillis(20));
            assertThat(client.received()).singleElement().satisfies(m -> assertThat(m.asText()).isEqualTo("pong"));
            assertThat(client.closed).isNotDone();
            assertThat(BITGET.simulator().openStreamConnections()).isEqualTo(1);
        }
    }

    @Test
    void droppedStreamsFailWithoutACloseFrame() throws InterruptedException {
        try (StreamTestClient first = connect(); StreamTestClient second = connect()) {
            await(() -> BITGET.simulator().openStreamConnections() == 2);

            BITGET.simulator().faults().dropStreams();

            assertThat(first.failed).succeedsWithin(StreamTestClient.TIMEOUT);
            assertThat(second.failed).succeedsWithin(StreamTestClient.TIMEOUT);
            assertThat(first.closed).isNotDone();
            await(() -> BITGET.simulator().openStreamConnections() == 0);
        }
    }

    @Test
    void resetClosesStreamsAndClearsTheLog() throws InterruptedException {
        try (StreamTestClient client = connect()) {
            client.send("ping");
            client.next(JsonNode::isTextual);
            assertThat(BITGET.simulator().streamLog().frames()).singleElement().satisfies(frame -> {
                assertThat(frame.text()).isEqualTo("ping");
                assertThat(frame.path()).isEqualTo("/v2/ws/public");
            });

            BITGET.reset();

            assertThat(client.closed).succeedsWithin(StreamTestClient.TIMEOUT).isEqualTo(1000);
            assertThat(BITGET.simulator().streamLog().frames()).isEmpty();
            await(() -> BITGET.simulator().openStreamConnections() == 0);
        }
    }
}
