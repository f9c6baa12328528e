package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A WebSocket client for the tests on the JDK's {@link WebSocket}: it keeps every received text message (JSON, or
 * a text node for {@code pong}) and lets a test wait for the next one that matches. Signs logins itself
 * (bitget-api.md §2.5), sharing no code with the simulator.
 */
final class StreamTestClient implements WebSocket.Listener, AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<JsonNode> received = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    /** Close status from the server's close frame. */
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    /** The connection failing without a close frame. */
    final CompletableFuture<Throwable> failed = new CompletableFuture<>();
    private WebSocket socket;
    private int cursor;

    static StreamTestClient connect(String url) {
        StreamTestClient client = new StreamTestClient();
        client.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), client).orTimeout(5, TimeUnit.SECONDS).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            JsonNode message;
            try {
                message = BitgetTestClient.JSON.readTree(text);
            } catch (IOException e) {
                message = TextNode.valueOf(text);
            }
            synchronized (this) {
                received.add(message);
                notifyAll();
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failed.complete(error);
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void subscribe(String instType, String channel, String instId) {
        send("{\"op\":\"subscribe\",\"args\":[" + arg(instType, channel, instId) + "]}");
    }

    static String arg(String instType, String channel, String instId) {
        String id = channel.equals("account") ? "\"coin\":\"" + instId + "\"" : "\"instId\":\"" + instId + "\"";
        return "{\"instType\":\"" + instType + "\",\"channel\":\"" + channel + "\"," + id + "}";
    }

    void login(String apiKey, String secretKey, String passphrase, long epochSeconds) {
        String timestamp = Long.toString(epochSeconds);
        String sign = BitgetTestClient.sign(secretKey, timestamp + "GET" + "/user/verify");
        send("{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + apiKey + "\",\"passphrase\":\"" + passphrase
                + "\",\"timestamp\":\"" + timestamp + "\",\"sign\":\"" + sign + "\"}]}");
    }

    /** Logs in with the default key and waits for the answer. */
    JsonNode login() {
        login("sim-api-key", "sim-secret-key", "sim-passphrase", System.currentTimeMillis() / 1000);
        return next(m -> m.has("event"));
    }

    /** The next message after the previous match that satisfies {@code matching}; fails after {@link #TIMEOUT}. */
    synchronized JsonNode next(Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            while (cursor < received.size()) {
                JsonNode message = received.get(cursor++);
                if (matching.test(message)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching message within " + TIMEOUT + "; received " + received);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** The next data frame of a channel with that action. */
    JsonNode nextData(String channel, String action) {
        return next(m -> m.path("arg").path("channel").asText().equals(channel) && m.path("action").asText().equals(action));
    }

    /** Every message received so far. */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }

    static Predicate<JsonNode> event(String event) {
        return m -> m.path("event").asText().equals(event);
    }
}
