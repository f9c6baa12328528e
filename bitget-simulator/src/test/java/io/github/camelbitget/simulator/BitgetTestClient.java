package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A deliberately independent Bitget client for the tests: its own implementation of the signing rules of
 * bitget-api.md §2.2 (sorted query, {@code timestamp + METHOD + path + ?query + body}, HMAC-SHA256, Base64)
 * on the JDK HttpClient. It shares no code with the simulator.
 */
final class BitgetTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An HTTP answer with its body parsed when it is JSON. */
    record Reply(int status, String contentType, String body, JsonNode json) {

        String code() {
            return json.path("code").asText();
        }

        JsonNode data() {
            return json.path("data");
        }
    }

    private final String baseUrl;
    private final String apiKey;
    private final String secretKey;
    private final String passphrase;
    private final boolean demo;
    private final long clockOffsetMillis;
    private final Duration timeout;

    BitgetTestClient(String baseUrl) {
        this(baseUrl, "sim-api-key", "sim-secret-key", "sim-passphrase", false, 0, Duration.ofSeconds(10));
    }

    private BitgetTestClient(String baseUrl, String apiKey, String secretKey, String passphrase, boolean demo,
                             long clockOffsetMillis, Duration timeout) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.passphrase = passphrase;
        this.demo = demo;
        this.clockOffsetMillis = clockOffsetMillis;
        this.timeout = timeout;
    }

    BitgetTestClient withCredentials(String apiKey, String secretKey, String passphrase) {
        return new BitgetTestClient(baseUrl, apiKey, secretKey, passphrase, demo, clockOffsetMillis, timeout);
    }

    /** Sends {@code paptrading: 1}. */
    BitgetTestClient demo() {
        return new BitgetTestClient(baseUrl, apiKey, secretKey, passphrase, true, clockOffsetMillis, timeout);
    }

    BitgetTestClient withClockOffset(Duration offset) {
        return new BitgetTestClient(baseUrl, apiKey, secretKey, passphrase, demo, offset.toMillis(), timeout);
    }

    BitgetTestClient withTimeout(Duration timeout) {
        return new BitgetTestClient(baseUrl, apiKey, secretKey, passphrase, demo, clockOffsetMillis, timeout);
    }

    // ---------------------------------------------------------------- signing (bitget-api.md §2.2)

    static String sign(String secret, String prehash) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sorted by key, values raw: the string that is signed. */
    static String rawQuery(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return query.toString();
    }

    /** Same order, values percent-encoded: the string that is sent. */
    static String encodedQuery(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    // ---------------------------------------------------------------- requests

    Reply publicGet(String path, Map<String, String> params) {
        return send(HttpRequest.newBuilder(uri(path, encodedQuery(params))).GET());
    }

    Reply publicGet(String path) {
        return publicGet(path, Map.of());
    }

    Reply get(String path, Map<String, String> params) {
        return send(signedGet(path, params));
    }

    Reply get(String path) {
        return get(path, Map.of());
    }

    Reply post(String path, Map<String, ?> body) {
        return send(signedPost(path, json(body)));
    }

    Reply post(String path, String body) {
        return send(signedPost(path, body));
    }

    CompletableFuture<Reply> getAsync(String path, Map<String, String> params) {
        return HTTP.sendAsync(signedGet(path, params).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(BitgetTestClient::reply);
    }

    CompletableFuture<Reply> publicGetAsync(String path) {
        return HTTP.sendAsync(HttpRequest.newBuilder(uri(path, "")).GET().timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(BitgetTestClient::reply);
    }

    CompletableFuture<Reply> postAsync(String path, Map<String, ?> body) {
        return HTTP.sendAsync(signedPost(path, json(body)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(BitgetTestClient::reply);
    }

    HttpRequest.Builder signedGet(String path, Map<String, String> params) {
        String raw = rawQuery(params);
        return signed(HttpRequest.newBuilder(uri(path, encodedQuery(params))).GET(), "GET", path, raw, "");
    }

    HttpRequest.Builder signedPost(String path, String body) {
        return signed(HttpRequest.newBuilder(uri(path, "")).POST(HttpRequest.BodyPublishers.ofString(body)),
                "POST", path, "", body);
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request, String method, String path, String query, String body) {
        String timestamp = Long.toString(System.currentTimeMillis() + clockOffsetMillis);
        String prehash = timestamp + method + path + (query.isEmpty() ? "" : "?" + query) + body;
        request.header("ACCESS-KEY", apiKey)
                .header("ACCESS-SIGN", sign(secretKey, prehash))
                .header("ACCESS-TIMESTAMP", timestamp)
                .header("ACCESS-PASSPHRASE", passphrase)
                .header("Content-Type", "application/json")
                .header("locale", "en-US");
        if (demo) {
            request.header("paptrading", "1");
        }
        return request;
    }

    Reply send(HttpRequest.Builder request) {
        try {
            return reply(HTTP.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #send} but hands the transport failure to the test. */
    HttpResponse<String> sendRaw(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path, String query) {
        return URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query));
    }

    static Reply reply(HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = null;
        if (contentType.startsWith("application/json") && !response.body().isEmpty()) {
            try {
                json = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Reply(response.statusCode(), contentType, response.body(), json);
    }

    static String json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutable map literal that keeps insertion order, for request bodies. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, String> query(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
