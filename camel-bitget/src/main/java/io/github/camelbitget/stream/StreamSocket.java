package io.github.camelbitget.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.client.BitgetCredentials;
import io.github.camelbitget.client.BitgetSigner;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.exception.RequestContext;

/**
 * One WebSocket connection to Bitget: logs in (private URL), sends requests paced within Bitget's limits, pings,
 * assembles text frames that arrive in parts, and reports events and pushes to its {@link Handler}. It fails (once)
 * when the connection closes or errors, when no {@code pong} answers a ping in time, or when nothing at all arrives
 * for the silence timeout; it never reconnects itself.
 */
final class StreamSocket implements WebSocket.Listener {

    /** What a socket reports. Called on the socket's thread; {@link #onClosed} exactly once. */
    interface Handler {
        void onData(StreamSocket socket, StreamMessage message);

        void onSubscribed(StreamSocket socket, ChannelArg arg);

        /** Bitget refused a request; {@code arg} is null when the error names no channel. */
        void onRefused(StreamSocket socket, ChannelArg arg, BitgetApiException error);

        void onClosed(StreamSocket socket, Throwable cause);
    }

    /** Largest subscribe or unsubscribe message Bitget accepts. */
    static final int MAX_REQUEST_BYTES = 4096;
    private static final long NOTHING_AWAITED = 0;

    private record Outbound(String text, boolean subscribe) {
    }

    final long generation;
    final boolean afterLoss;
    private final URI uri;
    private final BitgetCredentials credentials;
    private final StreamSettings settings;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier epochMillis;
    private final Handler handler;
    private final CompletableFuture<StreamSocket> ready = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private final ArrayDeque<Outbound> outbox = new ArrayDeque<>();
    private final SendLimits limits;
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private volatile WebSocket webSocket;
    private volatile long lastFrameNanos = System.nanoTime();
    private volatile long pingSentNanos = NOTHING_AWAITED;
    private boolean sending;
    private ScheduledFuture<?> scheduledDrain;
    private long scheduledDrainAt;

    StreamSocket(long generation, boolean afterLoss, URI uri, BitgetCredentials credentials, StreamSettings settings,
                 ScheduledExecutorService scheduler, LongSupplier epochMillis, Handler handler) {
        this(generation, afterLoss, uri, credentials, settings, scheduler, epochMillis, handler, new SendLimits());
    }

    StreamSocket(long generation, boolean afterLoss, URI uri, BitgetCredentials credentials, StreamSettings settings,
                 ScheduledExecutorService scheduler, LongSupplier epochMillis, Handler handler, SendLimits limits) {
        this.limits = limits;
        this.generation = generation;
        this.afterLoss = afterLoss;
        this.uri = uri;
        this.credentials = credentials;
        this.settings = settings;
        this.scheduler = scheduler;
        this.epochMillis = epochMillis;
        this.handler = handler;
    }

    /** Connects; completes when the socket is open and, on the private URL, logged in. */
    CompletableFuture<StreamSocket> open(HttpClient httpClient, Duration connectTimeout) {
        httpClient.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(uri, this)
                .whenComplete((socket, error) -> {
                    if (error != null) {
                        fail(failure("Cannot connect to " + uri + ": " + error.getMessage(), error));
                    }
                });
        return ready;
    }

    boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally() && !closed.get();
    }

    @Override
    public void onOpen(WebSocket socket) {
        webSocket = socket;
        lastFrameNanos = System.nanoTime();
        long watchEvery = Math.max(50, Math.min(settings.silenceTimeout().toMillis(),
                settings.pongTimeout().toMillis()) / 4);
        synchronized (timers) {
            timers.add(scheduler.scheduleAtFixedRate(this::ping, settings.pingInterval().toMillis(),
                    settings.pingInterval().toMillis(), TimeUnit.MILLISECONDS));
            timers.add(scheduler.scheduleAtFixedRate(this::watch, watchEvery, watchEvery, TimeUnit.MILLISECONDS));
        }
        if (credentials == null) {
            ready.complete(this);
        } else {
            send(new Outbound(login(credentials, epochMillis.getAsLong() / 1000), false));
        }
        socket.request(1);
    }

    /** Bitget's login request (bitget-api.md §2.5): the signature of {@code timestamp + "GET/user/verify"}. */
    static String login(BitgetCredentials credentials, long epochSeconds) {
        String timestamp = Long.toString(epochSeconds);
        ObjectNode arg = BitgetJson.MAPPER.createObjectNode()
                .put("apiKey", credentials.apiKey())
                .put("passphrase", credentials.passphrase())
                .put("timestamp", timestamp)
                .put("sign", new BitgetSigner(credentials.secretKey()).signWebSocketLogin(timestamp));
        ObjectNode request = BitgetJson.MAPPER.createObjectNode().put("op", "login");
        request.putArray("args").add(arg);
        return request.toString();
    }

    void subscribe(Collection<ChannelArg> args) {
        requests("subscribe", args).forEach(text -> send(new Outbound(text, true)));
    }

    void unsubscribe(Collection<ChannelArg> args) {
        requests("unsubscribe", args).forEach(text -> send(new Outbound(text, false)));
    }

    /** The requests for these args: as few as fit Bitget's 4096-byte limit per request. */
    static List<String> requests(String op, Collection<ChannelArg> args) {
        List<String> requests = new ArrayList<>();
        ArrayNode batch = BitgetJson.MAPPER.createArrayNode();
        for (ChannelArg arg : args) {
            ArrayNode candidate = batch.deepCopy().add(arg.toJson());
            if (!batch.isEmpty() && request(op, candidate).length() > MAX_REQUEST_BYTES) {
                requests.add(request(op, batch));
                batch = BitgetJson.MAPPER.createArrayNode().add(arg.toJson());
            } else {
                batch = candidate;
            }
        }
        if (!batch.isEmpty()) {
            requests.add(request(op, batch));
        }
        return requests;
    }

    private static String request(String op, ArrayNode args) {
        ObjectNode request = BitgetJson.MAPPER.createObjectNode().put("op", op);
        request.set("args", args);
        return request.toString();
    }

    private void ping() {
        if (pingSentNanos == NOTHING_AWAITED) {
            pingSentNanos = System.nanoTime();
        }
        send(new Outbound("ping", false));
    }

    private void watch() {
        long now = System.nanoTime();
        if (now - lastFrameNanos > settings.silenceTimeout().toNanos()) {
            fail(failure("Nothing arrived from " + uri + " for " + settings.silenceTimeout().toMillis() + " ms",
                    null));
        } else if (pingSentNanos != NOTHING_AWAITED && now - pingSentNanos > settings.pongTimeout().toNanos()) {
            fail(failure("No pong from " + uri + " within " + settings.pongTimeout().toMillis() + " ms", null));
        }
    }

    private void send(Outbound message) {
        synchronized (outbox) {
            outbox.addLast(message);
        }
        drain();
    }

    /**
     * Sends the next message when Bitget's limits allow it. A subscribe request over the hourly budget waits, but the
     * pings and other requests behind it go ahead: a connection without pings is dropped after 2 minutes.
     */
    private void drain() {
        Outbound next = null;
        synchronized (outbox) {
            if (sending || outbox.isEmpty() || closed.get()) {
                return;
            }
            long now = System.nanoTime();
            long subscribeWait = limits.waitForSubscribe(now);
            for (Outbound candidate : outbox) {
                if (!candidate.subscribe() || subscribeWait == 0) {
                    next = candidate;
                    break;
                }
            }
            long wait = next == null ? subscribeWait : limits.waitForMessage(now);
            if (wait > 0) {
                if (scheduledDrain == null || now + wait < scheduledDrainAt) {
                    if (scheduledDrain != null) {
                        scheduledDrain.cancel(false);
                    }
                    scheduledDrainAt = now + wait;
                    scheduledDrain = scheduler.schedule(this::scheduledDrain, wait, TimeUnit.NANOSECONDS);
                }
                return;
            }
            outbox.remove(next);
            limits.sent(now, next.subscribe());
            sending = true;
        }
        webSocket.sendText(next.text(), true).whenComplete((socket, error) -> {
            synchronized (outbox) {
                sending = false;
            }
            if (error != null) {
                fail(error);
            } else {
                drain();
            }
        });
    }

    private void scheduledDrain() {
        synchronized (outbox) {
            scheduledDrain = null;
        }
        drain();
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        lastFrameNanos = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                handle(text);
            } catch (JsonProcessingException | RuntimeException e) {
                fail(failure("Unreadable message from " + uri + ": " + e.getMessage(), e));
            }
        }
        socket.request(1);
        return null;
    }

    private void handle(String text) throws JsonProcessingException {
        if ("pong".equals(text)) {
            pingSentNanos = NOTHING_AWAITED;
            return;
        }
        JsonNode message = BitgetJson.MAPPER.readTree(text);
        String event = message.path("event").asText("");
        JsonNode arg = message.get("arg");
        switch (event) {
            case "login" -> loggedIn(message);
            case "subscribe" -> handler.onSubscribed(this, ChannelArg.of(arg));
            case "unsubscribe" -> {
                // nothing waits for it: a resubscription's subscribe follows right behind
            }
            case "error" -> refused(message, arg);
            default -> {
                if (message.has("action") && arg != null) {
                    JsonNode ts = message.get("ts");
                    handler.onData(this, new StreamMessage(ChannelArg.of(arg), message.get("action").asText(),
                            message.path("data"), ts == null || ts.asText().isEmpty() ? null : ts.asLong()));
                }
            }
        }
    }

    private void loggedIn(JsonNode message) {
        String code = message.path("code").asText("0");
        if ("0".equals(code)) {
            ready.complete(this);
        } else {
            fail(refusal(code, message.path("msg").asText(""), null));
        }
    }

    private void refused(JsonNode message, JsonNode arg) {
        BitgetApiException error = refusal(message.path("code").asText(""), message.path("msg").asText(""), arg);
        if (!ready.isDone() || error instanceof BitgetAuthenticationException) {
            fail(error);
        } else {
            handler.onRefused(this, arg == null ? null : ChannelArg.of(arg), error);
        }
    }

    /** Bitget's refusal as the component's typed exceptions: a refused login is an authentication failure. */
    private BitgetApiException refusal(String code, String detail, JsonNode arg) {
        RequestContext context = arg == null
                ? new RequestContext(ready.isDone() ? "stream" : "login", "WS", uri.getPath(), Map.of())
                : new RequestContext("subscribe", "WS", uri.getPath(),
                        BitgetJson.MAPPER.convertValue(arg, BitgetJson.MAPPER.getTypeFactory()
                                .constructMapType(Map.class, String.class, Object.class)));
        return switch (code) {
            case "30005", "30011", "30012", "30013", "30014", "30015" ->
                new BitgetAuthenticationException(code, detail, context, 0, null);
            default -> new BitgetApiException(code, detail, context, 0, null);
        };
    }

    private BitgetTransportException failure(String message, Throwable cause) {
        return new BitgetTransportException(message, new RequestContext("stream", "WS", uri.getPath(), Map.of()), 0,
                null, cause);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
        lastFrameNanos = System.nanoTime();
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        fail(failure("Bitget closed the connection " + uri + " with " + statusCode
                     + (reason.isEmpty() ? "" : " " + reason), null));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        fail(failure("Connection " + uri + " failed: " + error, error));
    }

    private void fail(Throwable cause) {
        if (stop()) {
            WebSocket socket = webSocket;
            if (socket != null) {
                socket.abort();
            }
            ready.completeExceptionally(cause);
            handler.onClosed(this, cause);
        }
    }

    /** Closes the connection without reporting it: it is no longer needed. */
    void close() {
        if (stop()) {
            WebSocket socket = webSocket;
            ready.cancel(false);
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((s, e) -> socket.abort());
            }
        }
    }

    private boolean stop() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        synchronized (timers) {
            timers.forEach(timer -> timer.cancel(false));
        }
        return true;
    }

    @Override
    public String toString() {
        return "StreamSocket[" + uri + " #" + generation + "]";
    }
}
