package io.github.camelbitget.benchmarks;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both clients of the stream run read pushes from the pushing server, so the benchmark cannot rot unnoticed. */
class StreamClientsSmokeTest {

    @Test
    void consumerAndRawListenerBothCountTickerPushes() throws Exception {
        StreamBenchmark benchmark = new StreamBenchmark(Duration.ofMillis(300), Duration.ofMillis(500));
        try (PushingBitget server = new PushingBitget()) {
            StreamBenchmark.Result ours = benchmark.component(server.webSocketUrl());
            StreamBenchmark.Result raw = benchmark.raw(server.webSocketUrl());
            assertThat(ours.client()).isEqualTo("camel-bitget");
            assertThat(ours.messages()).isPositive();
            assertThat(raw.client()).isEqualTo("raw WebSocket");
            assertThat(raw.messages()).isPositive();
        }
    }
}
