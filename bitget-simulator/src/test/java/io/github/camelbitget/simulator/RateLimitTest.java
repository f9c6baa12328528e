package io.github.camelbitget.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension();

    private static final String CLOSE = "/api/v2/mix/order/close-positions";
    private static final Map<String, Object> CLOSE_ALL = body("productType", "USDT-FUTURES");
    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private List<BitgetTestClient.Reply> concurrently(int count, Supplier<CompletableFuture<BitgetTestClient.Reply>> call) {
        List<CompletableFuture<BitgetTestClient.Reply>> calls = IntStream.range(0, count).mapToObj(i -> call.get()).toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    /** Accepted (not 429) requests to {@code path} in any one-second window: never more than the limit. */
    private static int maxAcceptedPerSecond(String path) {
        List<Long> accepted = BITGET.simulator().requestLog().forPath(path).stream()
                .filter(r -> r.status() != 429).map(RecordedRequest::arrivalNanos).sorted().toList();
        int max = 0;
        for (int last = 0, first = 0; last < accepted.size(); last++) {
            while (accepted.get(last) - accepted.get(first) >= Duration.ofSeconds(1).toNanos()) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    @Test
    void closePositionsIsLimitedToOnePerSecondPerUid() {
        List<BitgetTestClient.Reply> replies = concurrently(3, () -> client.postAsync(CLOSE, CLOSE_ALL));
        assertThat(replies).extracting(BitgetTestClient.Reply::status).contains(429);
        assertThat(maxAcceptedPerSecond(CLOSE)).isEqualTo(1);

        BitgetTestClient.Reply limited = replies.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertThat(limited.code()).isEqualTo("429");
        assertThat(limited.json().get("msg").asText()).isEqualTo("Too Many Requests");
        assertThat(limited.json().get("requestTime").isNumber()).isTrue();
        assertThat(limited.json().get("data").isNull()).isTrue();
    }

    @Test
    void eachUserHasItsOwnBudget() {
        BITGET.simulator().addAccount(ApiKey.of("second-key", "second-secret", "second-pass"));
        BitgetTestClient other = client.withCredentials("second-key", "second-secret", "second-pass");
        assertThat(client.post(CLOSE, CLOSE_ALL).code()).isEqualTo("22002");
        assertThat(other.post(CLOSE, CLOSE_ALL).code()).isEqualTo("22002");
    }

    @Test
    void publicEndpointsAreLimitedPerIp() {
        String coins = "/api/v2/spot/public/coins";
        List<BitgetTestClient.Reply> replies = concurrently(8, () -> client.publicGetAsync(coins));
        assertThat(replies).extracting(BitgetTestClient.Reply::status).contains(200, 429);
        assertThat(maxAcceptedPerSecond(coins)).isEqualTo(3);
    }

    @Test
    void limitsCanBeSwitchedOff() {
        BITGET.simulator().setRateLimitsEnabled(false);
        List<BitgetTestClient.Reply> replies = concurrently(6, () -> client.postAsync(CLOSE, CLOSE_ALL));
        assertThat(replies).extracting(BitgetTestClient.Reply::code).containsOnly("22002");
    }

    @Test
    void theRequestLogKeepsEveryRequestWithItsArrivalTime() {
        for (int i = 0; i < 4; i++) {
            client.publicGet("/api/v2/public/time");
        }
        client.post("/api/v2/mix/order/place-order", body("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                "marginMode", "crossed", "marginCoin", "USDT", "size", "0.01", "side", "buy", "orderType", "market"));

        RequestLog log = BITGET.simulator().requestLog();
        List<RecordedRequest> times = log.forPath("/api/v2/public/time");
        assertThat(times).hasSize(4).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.code()).isEqualTo("00000");
        });
        assertThat(times).extracting(RecordedRequest::arrivedAt).isSorted();
        assertThat(log.maxInAnyWindow("/api/v2/public/time", Duration.ofNanos(1))).isEqualTo(1);
        assertThat(log.maxInAnyWindow("/api/v2/public/time", Duration.ofHours(1))).isEqualTo(4);

        RecordedRequest order = log.forPath("/api/v2/mix/order/place-order").get(0);
        assertThat(order.method()).isEqualTo("POST");
        assertThat(order.header("access-key")).isEqualTo("sim-api-key");
        assertThat(order.body()).contains("\"symbol\":\"BTCUSDT\"");
        assertThat(order.query()).isEmpty();
    }
}
