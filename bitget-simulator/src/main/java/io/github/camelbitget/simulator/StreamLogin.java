package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The WebSocket login of bitget-api.md §2.5: {@code sign = Base64(HMAC_SHA256(secret, timestamp + "GET" +
 * "/user/verify"))} with the timestamp in seconds, valid 30 s either side of the simulator's clock, for a key
 * that is valid in the environment of the URL. Every failure closes the connection.
 */
final class StreamLogin {

    private static final long WINDOW_SECONDS = 30;

    private StreamLogin() {
    }

    /** The book the login opens; throws the error frame otherwise. Call under the exchange lock. */
    static TradingBook verify(JsonNode args, Environment environment, Exchange exchange) {
        JsonNode arg = args.path(0);
        String apiKey = field(arg, "apiKey", "30011", "invalid ACCESS_KEY");
        String passphrase = field(arg, "passphrase", "30012", "invalid ACCESS_PASSPHRASE");
        String timestamp = field(arg, "timestamp", "30013", "invalid ACCESS_TIMESTAMP");
        String sign = field(arg, "sign", "30015", "invalid signature");
        ApiKey key = exchange.accounts().key(apiKey)
                .orElseThrow(() -> StreamError.loginFailed("30011", "invalid ACCESS_KEY"));
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw StreamError.loginFailed("30013", "invalid ACCESS_TIMESTAMP");
        }
        if (Math.abs(exchange.clock().now() / 1000 - seconds) > WINDOW_SECONDS) {
            throw StreamError.loginFailed("30014", "request timestamp expired");
        }
        if (!equal(passphrase, key.passphrase())) {
            throw StreamError.loginFailed("30012", "invalid ACCESS_PASSPHRASE");
        }
        if (!equal(sign, Authenticator.sign(key.secretKey(), timestamp + "GET" + "/user/verify"))) {
            throw StreamError.loginFailed("30015", "invalid signature");
        }
        if (!key.environments().contains(environment)) {
            throw StreamError.loginFailed("30005", "login failed: the key is not valid for "
                    + (environment == Environment.DEMO ? "demo" : "live") + " trading");
        }
        return exchange.accounts().book(apiKey, environment);
    }

    private static String field(JsonNode arg, String name, String code, String msg) {
        String value = arg.path(name).asText("");
        if (value.isBlank()) {
            throw StreamError.loginFailed(code, msg);
        }
        return value;
    }

    private static boolean equal(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
