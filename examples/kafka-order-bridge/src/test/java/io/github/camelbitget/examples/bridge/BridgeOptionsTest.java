package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BridgeOptionsTest {

    @Test
    void noOptionsMeansTheEmbeddedMode() {
        assertThat(BridgeOptions.parse()).isEqualTo(new BridgeOptions(null, null, null, false));
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        assertThat(BridgeOptions.parse("--bootstrap-servers", "kafka:9092", "--publish-samples=5", "--duration", "2m"))
                .isEqualTo(new BridgeOptions("kafka:9092", 5, Duration.ofMinutes(2), false));
        assertThat(BridgeOptions.parse("--duration=PT90S").duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(BridgeOptions.parse("--duration", "45").duration()).isEqualTo(Duration.ofSeconds(45));
        assertThat(BridgeOptions.parse("--help").help()).isTrue();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> BridgeOptions.parse("--publish-samples", "many")).hasMessageContaining("many");
        assertThatThrownBy(() -> BridgeOptions.parse("--publish-samples", "-1")).hasMessageContaining("-1");
        assertThatThrownBy(() -> BridgeOptions.parse("--duration", "soon")).hasMessageContaining("soon");
        assertThatThrownBy(() -> BridgeOptions.parse("--bootstrap-servers")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BridgeOptions.parse("--brokers", "x"))
                .hasMessageContaining("Unknown option --brokers");
    }
}
