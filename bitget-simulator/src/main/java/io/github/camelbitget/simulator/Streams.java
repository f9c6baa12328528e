package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.Channel;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The WebSocket side of the simulator (bitget-api.md §7): accepts connections on {@code /v2/ws/public|private}
 * (live) and {@code /demo/v2/ws/public|private} (demo), pushes the market channels every push interval and the
 * private channels as the engines report events. Connections live on the one event loop; private events are
 * handed over to it in the order they happened.
 */
final class Streams {

    private static final String DEMO_PREFIX = "/demo";
    private static final String PUBLIC_PATH = "/v2/ws/public";
    private static final String PRIVATE_PATH = "/v2/ws/private";

    /** Where a connection goes: its environment and whether it is the private URL. */
    record Endpoint(Environment environment, boolean privateChannels) {
    }

    private final StreamSettings settings;
    private final StreamFaults faults;
    private final StreamLog log = new StreamLog();
    private final Set<StreamConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionIds = new AtomicLong();
    private final MarketChannels market;
    private volatile Supplier<Exchange> exchange;
    private volatile Vertx vertx;
    private volatile Context context;

    Streams(StreamSettings settings, StreamFaults faults) {
        this.settings = settings;
        this.faults = faults;
        this.market = new MarketChannels(faults);
        faults.onDrop(this::dropAll);
    }

    void start(Vertx vertx, Supplier<Exchange> exchange) {
        this.vertx = vertx;
        this.exchange = exchange;
        this.context = vertx.getOrCreateContext();
        vertx.setPeriodic(settings.pushInterval().toMillis(), id -> tick());
    }

    static Optional<Endpoint> endpoint(String path) {
        Environment environment = path.startsWith(DEMO_PREFIX + "/") ? Environment.DEMO : Environment.LIVE;
        String rest = environment == Environment.DEMO ? path.substring(DEMO_PREFIX.length()) : path;
        return switch (rest) {
            case PUBLIC_PATH -> Optional.of(new Endpoint(environment, false));
            case PRIVATE_PATH -> Optional.of(new Endpoint(environment, true));
            default -> Optional.empty();
        };
    }

    /** Upgrades a request for a stream path. */
    void accept(HttpServerRequest request, Endpoint endpoint) {
        // kept for dropStreams(): the WebSocket API has no abortive close
        Channel channel = ((ConnectionBase) request.connection()).channel();
        String path = request.path();
        request.toWebSocket().onSuccess(ws -> {
            StreamConnection connection = new StreamConnection(connectionIds.incrementAndGet(), ws, channel, path, endpoint, this);
            connections.add(connection);
            connection.start(vertx);
        });
    }

    /** Market channels every push interval, and the heartbeat rule. */
    private void tick() {
        long nowNanos = System.nanoTime();
        connections.forEach(connection -> connection.checkHeartbeat(nowNanos));
        Exchange current = exchange.get();
        current.locked(() -> market.tick(current, current.clock().now(), connections));
    }

    /** Whether a logged-in connection may want the events of {@code book}, so they are worth rendering. */
    boolean watches(TradingBook book) {
        for (StreamConnection connection : connections) {
            if (connection.book() == book) {
                return true;
            }
        }
        return false;
    }

    void publish(TradingBook book, String instType, String channel, String symbol, JsonNode data, long ts) {
        Context target = context;
        if (target != null) {
            target.runOnContext(v -> connections.forEach(c -> c.pushPrivate(book, instType, channel, symbol, data, ts)));
        }
    }

    void closed(StreamConnection connection) {
        connections.remove(connection);
    }

    /** Closes every connection normally, as a restart of the exchange would. */
    void closeAll() {
        connections.forEach(connection -> connection.close("the simulator was reset"));
        log.clear();
    }

    private void dropAll() {
        connections.forEach(StreamConnection::drop);
    }

    int openConnections() {
        return connections.size();
    }

    static String dataFrame(String action, ObjectNode arg, JsonNode data, long ts) {
        ObjectNode frame = Json.object().put("action", action);
        frame.set("arg", arg);
        frame.set("data", data);
        return Json.write(frame.put("ts", ts));
    }

    Exchange exchange() {
        return exchange.get();
    }

    StreamSettings settings() {
        return settings;
    }

    StreamFaults faults() {
        return faults;
    }

    StreamLog log() {
        return log;
    }

    MarketChannels market() {
        return market;
    }
}
