package io.github.camelbitget.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The baseline: what a careful hand-written client does with the JDK HttpClient: the same headers, an HMAC-SHA256
 * signature for private calls, a Jackson tree parse of the answer and a check of Bitget's code. See {@link Style}.
 */
final class RawClient {

    /** How the raw client waits for its answers. */
    enum Style {
        /** {@code send} on an HttpClient with the JDK's default executor: what most hand-written clients do. */
        SEND,
        /**
         * {@code sendAsync}, the parse in a dependent stage, joined by the caller: the JDK runs the stages of
         * {@code sendAsync} on the default async pool, one more thread hand-off per call than {@code send}.
         */
        SEND_ASYNC,
        /**
         * {@code send} on an HttpClient whose answers complete on its selector thread (an executor that runs tasks
         * where they are submitted), configured as the component configures its own.
         */
        SEND_INLINE
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final Style style;
    private final ThreadLocal<Mac> mac;

    RawClient(String baseUrl, String secret, Style style) {
        this(httpClient(style), baseUrl, secret, style);
    }

    RawClient(HttpClient http, String baseUrl, String secret, Style style) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.style = style;
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac hmac = Mac.getInstance("HmacSHA256");
                hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return hmac;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static HttpClient httpClient(Style style) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (style == Style.SEND_INLINE) {
            builder.executor(Runnable::run);
        }
        return builder.build();
    }

    JsonNode futuresTickers() throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/mix/market/tickers?productType=USDT-FUTURES"))
                .header("Content-Type", "application/json").header("locale", "en-US").GET().build());
    }

    JsonNode spotTicker() throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v2/spot/market/tickers?symbol=BTCUSDT"))
                .header("Content-Type", "application/json").header("locale", "en-US").GET().build());
    }

    JsonNode placeOrder() throws Exception {
        String path = "/api/v2/mix/order/place-order";
        String body = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"isolated\","
                      + "\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"side\":\"buy\",\"orderType\":\"market\","
                      + "\"force\":\"gtc\",\"clientOid\":\"raw" + UUID.randomUUID().toString().replace("-", "")
                              .substring(0, 29) + "\"}";
        String timestamp = Long.toString(System.currentTimeMillis());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String sign = Base64.getEncoder().encodeToString(mac.get().doFinal(
                (timestamp + "POST" + path + body).getBytes(StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("locale", "en-US")
                .header("ACCESS-KEY", "bench-key").header("ACCESS-SIGN", sign).header("ACCESS-TIMESTAMP", timestamp)
                .header("ACCESS-PASSPHRASE", "bench-passphrase")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private JsonNode send(HttpRequest request) throws Exception {
        if (style == Style.SEND_ASYNC) {
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(RawClient::data).join();
        }
        return data(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static JsonNode data(HttpResponse<byte[]> response) {
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"00000".equals(answer.path("code").asText())) {
            throw new IllegalStateException("Bitget error " + answer);
        }
        return answer.get("data");
    }
}
