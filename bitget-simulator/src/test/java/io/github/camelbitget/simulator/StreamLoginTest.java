package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.function.Consumer;

import static io.github.camelbitget.simulator.StreamTestClient.event;
import static org.assertj.core.api.Assertions.assertThat;

class StreamLoginTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b
            .apiKey(ApiKey.liveOnly("live-key", "live-secret", "live-pass"))
            .apiKey(ApiKey.demoOnly("demo-key", "demo-secret", "demo-pass"))
            .apiKey(ApiKey.unified("uta-key", "uta-secret", "uta-pass")));

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @BeforeEach
    void setUp() {
        BITGET.reset();
    }

    private static StreamTestClient privateStream() {
        return StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/private");
    }

    @Test
    void logsInWithTheSecondsTimestampSignature() {
        try (StreamTestClient client = privateStream()) {
            JsonNode answer = client.login();

            assertThat(answer.toString()).isEqualTo("{\"event\":\"login\",\"code\":\"0\",\"msg\":\"\"}");
            assertThat(BITGET.simulator().streamLog().frames()).singleElement()
                    .satisfies(frame -> assertThat(frame.path()).isEqualTo("/v2/ws/private"));
        }
    }

    @Test
    void refusesEachBrokenPartOfALoginAndCloses() {
        assertLoginFails(c -> c.login("nobody", "sim-secret-key", "sim-passphrase", now()), "30011");
        assertLoginFails(c -> c.login("sim-api-key", "sim-secret-key", "wrong", now()), "30012");
        assertLoginFails(c -> c.send("{\"op\":\"login\",\"args\":[{\"apiKey\":\"sim-api-key\",\"passphrase\":\"sim-passphrase\","
                + "\"timestamp\":\"soon\",\"sign\":\"x\"}]}"), "30013");
        assertLoginFails(c -> c.login("sim-api-key", "sim-secret-key", "sim-passphrase", now() - 31), "30014");
        assertLoginFails(c -> c.login("sim-api-key", "wrong-secret", "sim-passphrase", now()), "30015");
        // a millisecond timestamp is 30 s out of the window of seconds
        assertLoginFails(c -> c.login("sim-api-key", "sim-secret-key", "sim-passphrase", System.currentTimeMillis()), "30014");
    }

    private static void assertLoginFails(Consumer<StreamTestClient> login, String code) {
        try (StreamTestClient client = privateStream()) {
            login.accept(client);
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo(code);
            assertThat(client.closed).succeedsWithin(StreamTestClient.TIMEOUT).isEqualTo(1000);
        }
    }

    @Test
    void demoUrlTakesDemoKeysOnly() {
        String demo = BITGET.simulator().webSocketUrl(Environment.DEMO);
        assertThat(demo).endsWith("/demo");
        try (StreamTestClient client = StreamTestClient.connect(demo + "/v2/ws/private")) {
            client.login("demo-key", "demo-secret", "demo-pass", now());
            assertThat(client.next(event("login")).path("code").asText()).isEqualTo("0");
        }
        try (StreamTestClient client = StreamTestClient.connect(demo + "/v2/ws/private")) {
            client.login("live-key", "live-secret", "live-pass", now());
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30005");
            assertThat(client.closed).succeedsWithin(StreamTestClient.TIMEOUT);
        }
        try (StreamTestClient client = privateStream()) {
            client.login("demo-key", "demo-secret", "demo-pass", now());
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30005");
        }
    }

    @Test
    void privateChannelsNeedALoginAndAClassicAccount() {
        try (StreamTestClient client = privateStream()) {
            client.subscribe("USDT-FUTURES", "orders", "default");
            JsonNode error = client.next(event("error"));
            assertThat(error.path("code").asText()).isEqualTo("30004");
            assertThat(error.path("arg").path("channel").asText()).isEqualTo("orders");

            client.login("uta-key", "uta-secret", "uta-pass", now());
            client.next(event("login"));
            client.subscribe("USDT-FUTURES", "orders", "default");
            error = client.next(event("error"));
            assertThat(error.path("code").asText()).isEqualTo("30001");
            assertThat(error.path("msg").asText()).contains("unified", "v3");
        }
    }

    @Test
    void answersBadRequestsWithTheirCodes() {
        try (StreamTestClient client = StreamTestClient.connect(BITGET.simulator().webSocketUrl() + "/v2/ws/public")) {
            client.send("ping");
            assertThat(client.next(m -> m.isTextual()).asText()).isEqualTo("pong");
            client.send("{not json");
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30002");
            client.send("{\"op\":\"dance\",\"args\":[]}");
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30003");
            client.subscribe("USDT-FUTURES", "ticker", "NOPEUSDT");
            JsonNode error = client.next(event("error"));
            assertThat(error.path("code").asText()).isEqualTo("30001");
            assertThat(error.path("arg").path("instId").asText()).isEqualTo("NOPEUSDT");
            client.subscribe("USDT-FUTURES", "candle2H", "BTCUSDT");
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30001");
            client.subscribe("USDT-FUTURES", "orders", "default");
            assertThat(client.next(event("error")).path("code").asText()).isEqualTo("30001");
        }
    }
}
