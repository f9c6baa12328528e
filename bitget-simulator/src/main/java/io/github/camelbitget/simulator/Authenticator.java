package io.github.camelbitget.simulator;

import io.vertx.core.MultiMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a private request the way Bitget does: the four ACCESS-* headers, the key, the ±30 s timestamp
 * window against the simulator's clock, the passphrase, the HMAC-SHA256 signature over
 * {@code timestamp + METHOD + path + ("?" + query) + body}, and the environment ({@code paptrading: 1} = demo).
 */
final class Authenticator {

    /** The key that signed a request and the environment it asked for. */
    record Caller(ApiKey key, Environment environment) {
    }

    private static final long TIMESTAMP_WINDOW_MILLIS = 30_000;

    private final Function<String, Optional<ApiKey>> keys;

    Authenticator(Function<String, Optional<ApiKey>> keys) {
        this.keys = keys;
    }

    static Environment environment(MultiMap headers) {
        return "1".equals(headers.get("paptrading")) ? Environment.DEMO : Environment.LIVE;
    }

    Caller authenticate(MultiMap headers, String method, String path, String rawQuery, String body, long now) {
        String apiKey = header(headers, "ACCESS-KEY", "40001", "ACCESS_KEY cannot be empty");
        String signature = header(headers, "ACCESS-SIGN", "40002", "ACCESS_SIGN cannot be empty");
        String timestamp = header(headers, "ACCESS-TIMESTAMP", "40005", "Invalid ACCESS_TIMESTAMP");
        String passphrase = header(headers, "ACCESS-PASSPHRASE", "40011", "ACCESS_PASSPHRASE cannot be empty");
        ApiKey key = keys.apply(apiKey).orElseThrow(() -> new BitgetError("40006", "Invalid ACCESS_KEY"));
        long requestTime;
        try {
            requestTime = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new BitgetError("40005", "Invalid ACCESS_TIMESTAMP");
        }
        if (Math.abs(now - requestTime) > TIMESTAMP_WINDOW_MILLIS) {
            throw new BitgetError("40008", "Request timestamp expired");
        }
        if (!MessageDigest.isEqual(passphrase.getBytes(StandardCharsets.UTF_8), key.passphrase().getBytes(StandardCharsets.UTF_8))) {
            throw new BitgetError("40012", "apikey/password is incorrect");
        }
        if (!signatureMatches(key.secretKey(), signature, timestamp + method + path, rawQuery, body)) {
            throw new BitgetError("40009", "sign signature error");
        }
        Environment environment = environment(headers);
        if (!key.environments().contains(environment)) {
            throw new BitgetError("40099", "exchange environment is incorrect");
        }
        return new Caller(key, environment);
    }

    private static String header(MultiMap headers, String name, String code, String msg) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new BitgetError(code, msg);
        }
        return value.trim();
    }

    /**
     * Accepts the query exactly as received or decoded (percent escapes only, or form decoding where {@code +}
     * is a space): clients may sign either form (bitget-api.md §2.2).
     */
    private static boolean signatureMatches(String secret, String signature, String prefix, String rawQuery, String body) {
        Set<String> queries = new LinkedHashSet<>();
        queries.add(rawQuery == null ? "" : rawQuery);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            queries.add(decode(rawQuery.replace("+", "%2B")));
            queries.add(decode(rawQuery));
        }
        byte[] given = signature.getBytes(StandardCharsets.UTF_8);
        for (String query : queries) {
            String prehash = prefix + (query.isEmpty() ? "" : "?" + query) + body;
            if (MessageDigest.isEqual(given, sign(secret, prehash).getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    static String sign(String secret, String prehash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Form decoding ({@code +} is a space); a malformed escape leaves the text as it is. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
