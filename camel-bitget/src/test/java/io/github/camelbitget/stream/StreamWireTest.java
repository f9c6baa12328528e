package io.github.camelbitget.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.client.BitgetCredentials;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What a stream connection writes: the login (bitget-api.md §2.5), subscriptions, and its pace and backoff. */
class StreamWireTest {

    @Test
    void loginIsSignedWithTheTimestampInSeconds() throws Exception {
        BitgetCredentials key = new BitgetCredentials("bg-key", "bg-test-secret-0123456789", "bg-pass");

        JsonNode login = BitgetJson.MAPPER.readTree(StreamSocket.login(key, 1_700_000_000L));

        assertThat(login.path("op").asText()).isEqualTo("login");
        JsonNode arg = login.path("args").path(0);
        assertThat(arg.path("apiKey").asText()).isEqualTo("bg-key");
        assertThat(arg.path("passphrase").asText()).isEqualTo("bg-pass");
        assertThat(arg.path("timestamp").asText()).isEqualTo("1700000000");
        assertThat(arg.path("sign").asText()).isEqualTo("q1AMsYkfCKrnLMHDyEIcCsI/gmQL8HICjKreDpKlBRE=");
    }

    @Test
    void subscriptionsShareRequestsUpTo4096Bytes() throws Exception {
        List<ChannelArg> args = IntStream.range(0, 100)
                .mapToObj(i -> new ChannelArg("USDT-FUTURES", "ticker", "COIN" + i + "USDT", null)).toList();

        List<String> requests = StreamSocket.requests("subscribe", args);

        assertThat(requests).hasSizeGreaterThan(1);
        assertThat(requests).allSatisfy(request -> assertThat(request.length())
                .isLessThanOrEqualTo(StreamSocket.MAX_REQUEST_BYTES));
        int total = 0;
        for (String request : requests) {
            total += BitgetJson.MAPPER.readTree(request).path("args").size();
        }
        assertThat(total).isEqualTo(100);
        assertThat(BitgetJson.MAPPER.readTree(requests.get(0)).path("args").path(0).toString())
                .isEqualTo("{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"COIN0USDT\"}");
    }

    @Test
    void accountChannelsSubscribeWithCoinDefault() {
        assertThat(new ChannelArg("SPOT", "account", null, "default").toJson().toString())
                .isEqualTo("{\"instType\":\"SPOT\",\"channel\":\"account\",\"coin\":\"default\"}");
    }

    @Test
    void messagesAreSpacedWithinTenPerSecondAndSubscribesWithin240AnHour() {
        SendLimits limits = new SendLimits();
        long now = 0;
        for (int i = 0; i < SendLimits.SUBSCRIBES_PER_HOUR; i++) {
            now += limits.waitForMessage(now) + limits.waitForSubscribe(now);
            limits.sent(now, true);
        }
        assertThat(Duration.ofNanos(now)).isGreaterThanOrEqualTo(SendLimits.SPACING.multipliedBy(239));
        long next = now + SendLimits.SPACING.toNanos();
        assertThat(limits.waitForMessage(next)).isZero();
        assertThat(Duration.ofNanos(limits.waitForSubscribe(next)))
                .isGreaterThan(Duration.ofMinutes(59)).isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(limits.waitForMessage(now + 1)).isPositive();
        assertThat(1_000_000_000.0 / SendLimits.SPACING.toNanos()).isLessThan(10);
    }

    @RepeatedTest(5)
    void reconnectBackoffDoublesWithJitterUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

        assertThat(backoff.delay(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
        assertThat(backoff.delay(10)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        assertThat(backoff.delay(100)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
    }
}
