package io.github.camelbitget.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.client.BitgetClient;
import io.github.camelbitget.client.BitgetCredentials;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: whatever symbols, sizes, prices, clientOids and parameter orders a route sends, the request is either
 * refused before it leaves, or signed so that the simulator (which checks signatures as Bitget does) accepts it, never
 * a 40009. Inputs come from seeded generators, so a failure names its seed and input and replays exactly.
 */
class SigningPropertiesTest {

    private static final int TRIES = 300;
    private static final String SYMBOL_CHARS = "ABCXYZ0123456789$_ -.";
    private static final String DECIMAL_CHARS = "0123456789.-eE+ ";
    private static final String CLIENT_OID_CHARS = "abcXYZ0189_-";
    private static final String ANY_CHARS = "aZ09_-+#/:. é€";

    private static BitgetSimulator simulator;
    private static BitgetClient client;

    @BeforeAll
    static void startSimulator() {
        simulator = BitgetSimulator.builder().port(0).rateLimits(false).build().start();
        ApiKey key = ApiKey.DEFAULT;
        client = BitgetClient.builder().baseUrl(simulator.baseUrl())
                .credentials(new BitgetCredentials(key.apiKey(), key.secretKey(), key.passphrase()))
                .rateLimits(null, null, null).orderResend(false).requestTimeout(java.time.Duration.ofSeconds(3))
                .retryPolicy(io.github.camelbitget.client.RetryPolicy.NONE).build();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3 })
    void ordersAreRefusedBeforeSendingOrSignedCorrectly(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            assertNeverBadSignature(Operation.FUTURES_PLACE_ORDER, order(random), seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3 })
    void queriesAreRefusedBeforeSendingOrSignedCorrectly(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            Map<String, Object> query = new LinkedHashMap<>();
            List<Runnable> fields = new ArrayList<>(List.of(
                    () -> query.put("symbol", symbol(random)),
                    () -> query.put("clientOid", clientOid(random)),
                    () -> query.put("limit", decimal(random)),
                    () -> query.put("idLessThan", text(random, "0123456789a", 0, 12))));
            Collections.shuffle(fields, random);
            fields.forEach(Runnable::run);
            assertNeverBadSignature(Operation.FUTURES_PENDING_ORDERS, query, seed);
        }
    }

    private static Map<String, Object> order(Random random) {
        Map<String, Object> order = new LinkedHashMap<>();
        List<Runnable> fields = new ArrayList<>(List.of(
                () -> order.put("symbol", symbol(random)),
                () -> order.put("size", decimal(random)),
                () -> order.put("price", decimal(random)),
                () -> order.put("clientOid", clientOid(random)),
                () -> order.put("side", pick(random, "buy", "sell", "BUY", "hold")),
                () -> order.put("orderType", pick(random, "market", "limit"))));
        Collections.shuffle(fields, random);
        fields.forEach(Runnable::run);
        return order;
    }

    private static String symbol(Random random) {
        return random.nextBoolean() ? pick(random, "BTCUSDT", "ETHUSDT", "btcusdt", "SOLUSDT", "XRPUSDT")
                : text(random, SYMBOL_CHARS, 0, 12);
    }

    private static String decimal(Random random) {
        if (random.nextBoolean()) {
            return BigDecimal.valueOf(random.nextLong(-5_000_000, 100_000_000_000L), random.nextInt(7))
                    .toPlainString();
        }
        return text(random, DECIMAL_CHARS, 0, 10);
    }

    private static String clientOid(Random random) {
        return random.nextBoolean() ? text(random, CLIENT_OID_CHARS, 1, 32) : text(random, ANY_CHARS, 0, 40);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String text(Random random, String alphabet, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void assertNeverBadSignature(Operation operation, Map<String, Object> parameters, long seed) {
        int sentBefore = simulator.requestLog().size();
        try {
            client.execute(operation, Mode.LIVE, parameters);
        } catch (BitgetValidationException refused) {
            assertThat(simulator.requestLog().size()).as("seed %d: nothing sent for %s", seed, parameters)
                    .isEqualTo(sentBefore);
        } catch (io.github.camelbitget.exception.BitgetException other) {
            if (!(other instanceof BitgetApiException)) {
                throw new AssertionError("seed " + seed + ": " + parameters, other);
            }
            BitgetApiException rejected = (BitgetApiException) other;
            assertThat(rejected.getCode()).as("seed %d: %s -> %s", seed, parameters, rejected.getMessage())
                    .isNotIn("40009", "40002", "40003", "40005", "40006", "40012");
        }
    }
}
