package io.github.camelbitget.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One client connection: the text {@code ping}, the {@code login}, {@code subscribe} and {@code unsubscribe} ops,
 * Bitget's per-connection limits, and its subscriptions. Runs on the event loop, except {@link #book()}, which
 * engines read under the exchange lock.
 */
final class StreamConnection {

    private static final short NORMAL_CLOSURE = 1000;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final long id;
    private final ServerWebSocket ws;
    private final Channel channel;
    private final String path;
    private final Streams.Endpoint endpoint;
    private final Streams streams;
    private final StreamSettings settings;
    private final Deque<Long> recentMessages = new ArrayDeque<>();
    private final Deque<Long> recentSubscribes = new ArrayDeque<>();
    private final Map<String, StreamArg> subscriptions = new LinkedHashMap<>();
    private long lastPingNanos = System.nanoTime();
    /** Set by the server's closes, also from test threads (reset, dropStreams). */
    private volatile boolean closing;
    private volatile TradingBook book;

    StreamConnection(long id, ServerWebSocket ws, Channel channel, String path, Streams.Endpoint endpoint, Streams streams) {
        this.id = id;
        this.ws = ws;
        this.channel = channel;
        this.path = path;
        this.endpoint = endpoint;
        this.streams = streams;
        this.settings = streams.settings();
    }

    void start(Vertx vertx) {
        long ageTimer = vertx.setTimer(settings.maxConnectionAge().toMillis(),
                timer -> close("connection older than " + settings.maxConnectionAge()));
        ws.textMessageHandler(this::onText);
        // a client's reset or abort ends in the close handler too; there is nothing else to do about it
        ws.exceptionHandler(error -> { });
        ws.closeHandler(v -> {
            vertx.cancelTimer(ageTimer);
            book = null;
            streams.closed(this);
        });
    }

    TradingBook book() {
        return book;
    }

    private void onText(String text) {
        long now = System.nanoTime();
        streams.log().add(new StreamFrame(id, path, text, Instant.now()));
        if (closing) {
            return;
        }
        try {
            if (!admit(recentMessages, settings.messagesPerSecond(), SECOND, now)) {
                throw new StreamError("30006", "too many requests: at most " + settings.messagesPerSecond()
                        + " messages per second", null, true);
            }
            if (text.equals("ping")) {
                lastPingNanos = now;
                send("pong");
                return;
            }
            JsonNode message = parse(text);
            JsonNode args = message.path("args");
            switch (message.path("op").asText("")) {
                case "login" -> login(args);
                case "subscribe" -> subscribe(args, now);
                case "unsubscribe" -> unsubscribe(args);
                default -> throw new StreamError("30003", "invalid op", null, false);
            }
        } catch (StreamError e) {
            error(e);
        }
    }

    /** Sliding window: true and counted when fewer than {@code limit} events happened in the last {@code window}. */
    private static boolean admit(Deque<Long> times, int limit, long window, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= window) {
            times.removeFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode message = Json.MAPPER.readTree(text);
            if (message != null && message.isObject()) {
                return message;
            }
        } catch (JsonProcessingException e) {
            // answered below like any other unreadable request
        }
        throw new StreamError("30002", "illegal request", null, false);
    }

    private void login(JsonNode args) {
        Exchange exchange = streams.exchange();
        book = exchange.locked(() -> StreamLogin.verify(args, endpoint.environment(), exchange));
        send(Json.write(Json.object().put("event", "login").put("code", "0").put("msg", "")));
    }

    private void subscribe(JsonNode args, long now) {
        if (!admit(recentSubscribes, settings.subscribeRequestsPerHour(), HOUR, now)) {
            throw new StreamError("30007", "request over limit, connection closed: at most "
                    + settings.subscribeRequestsPerHour() + " subscribe requests per hour", null, true);
        }
        for (JsonNode node : argList(args)) {
            try {
                StreamArg arg = StreamArg.of(node);
                check(arg);
                if (!subscriptions.containsKey(arg.key()) && subscriptions.size() >= settings.maxChannels()) {
                    throw new StreamError("30007", "request over limit: at most " + settings.maxChannels()
                            + " channels per connection", node, false);
                }
                subscriptions.put(arg.key(), arg);
                send(event("subscribe", node));
                firstPush(arg);
            } catch (StreamError e) {
                error(e);
            }
        }
    }

    private void unsubscribe(JsonNode args) {
        for (JsonNode node : argList(args)) {
            try {
                subscriptions.remove(StreamArg.of(node).key());
                send(event("unsubscribe", node));
            } catch (StreamError e) {
                error(e);
            }
        }
    }

    private static List<JsonNode> argList(JsonNode args) {
        if (!args.isArray() || args.isEmpty()) {
            throw new StreamError("30002", "illegal request: args must be a non-empty array", null, false);
        }
        List<JsonNode> list = new ArrayList<>();
        args.forEach(list::add);
        return list;
    }

    /** Public channels are served on the public URL only, private ones on the private URL after login. */
    private void check(StreamArg arg) {
        Exchange exchange = streams.exchange();
        if (PrivateChannels.NAMES.contains(arg.channel())) {
            if (!endpoint.privateChannels()) {
                throw arg.unknown("channel does not exist: private channels are on /v2/ws/private");
            }
            TradingBook loggedIn = book;
            if (loggedIn == null) {
                throw new StreamError("30004", "user needs to log in", arg.raw(), false);
            }
            exchange.locked(() -> exchange.privateChannels().check(loggedIn, arg));
        } else {
            if (endpoint.privateChannels()) {
                throw arg.unknown("channel does not exist: public channels are on /v2/ws/public");
            }
            streams.market().check(exchange, arg);
        }
    }

    private void firstPush(StreamArg arg) {
        Exchange exchange = streams.exchange();
        String frame = exchange.locked(() -> {
            long now = exchange.clock().now();
            if (PrivateChannels.NAMES.contains(arg.channel())) {
                return exchange.privateChannels().snapshot(book, arg)
                        .map(data -> Streams.dataFrame("snapshot", arg.canonical(), data, now)).orElse(null);
            }
            return streams.market().subscribe(exchange, arg, now);
        });
        if (frame != null) {
            send(frame);
        }
    }

    void pushPrivate(TradingBook from, String instType, String channel, String symbol, JsonNode data, long ts) {
        if (from != book || closing) {
            return;
        }
        for (StreamArg arg : subscriptions.values()) {
            if (PrivateChannels.matches(arg, instType, channel, symbol)) {
                send(Streams.dataFrame("snapshot", arg.canonical(), data, ts));
            }
        }
    }

    boolean subscribes(String key) {
        return subscriptions.containsKey(key);
    }

    void pushMarket(String key, String frame) {
        if (!closing && subscriptions.containsKey(key)) {
            send(frame);
        }
    }

    void checkHeartbeat(long nowNanos) {
        if (!closing && nowNanos - lastPingNanos > settings.pingTimeout().toNanos()) {
            close("no ping for " + settings.pingTimeout());
        }
    }

    private static String event(String event, JsonNode arg) {
        ObjectNode frame = Json.object().put("event", event);
        frame.set("arg", arg);
        return Json.write(frame);
    }

    private void error(StreamError e) {
        ObjectNode frame = Json.object().put("event", "error");
        if (e.arg() != null) {
            frame.set("arg", e.arg());
        }
        send(Json.write(frame.put("code", e.code()).put("msg", e.getMessage())));
        if (e.closes()) {
            close(e.getMessage());
        }
    }

    private void send(String text) {
        if (!ws.isClosed() && !streams.faults().stalled()) {
            ws.writeTextMessage(text);
        }
    }

    /** A close frame with status 1000. */
    void close(String reason) {
        closing = true;
        if (!ws.isClosed()) {
            // a close frame's reason is at most 123 bytes
            ws.close(NORMAL_CLOSURE, reason.length() > 120 ? reason.substring(0, 120) : reason);
        }
    }

    /**
     * A TCP reset: no close frame, the client sees the connection fail. Closed from the head of the pipeline, past
     * the handler that would send a close frame first.
     */
    void drop() {
        closing = true;
        channel.config().setOption(ChannelOption.SO_LINGER, 0);
        channel.pipeline().firstContext().close();
    }
}
