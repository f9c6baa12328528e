package io.github.camelbitget.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.github.camelbitget.client.BitgetCredentials;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.exception.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to one Bitget WebSocket URL that stays up: it carries the subscriptions of the consumers sharing it,
 * reconnects with exponential backoff and jitter after any failure, logs in and subscribes again, and replaces itself
 * before Bitget's 24-hour limit without a gap: the replacement is opened and subscribed while the old one still
 * delivers; each channel then takes its pushes from the newer connection only, and pushes seen twice during the
 * overlap are dropped.
 */
public final class StreamConnection implements StreamSocket.Handler {

    /** Whether the connection currently delivers. */
    public enum State {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        CLOSED
    }

    private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);
    /** How long a replacement connection may take to confirm every channel before it is given up. */
    private static final Duration HANDOVER_DEADLINE = Duration.ofSeconds(30);
    /** Pushes remembered per channel to recognise one that arrives on both connections of a handover. */
    private static final int REMEMBERED_PUSHES = 256;

    private final URI uri;
    private final BitgetCredentials credentials;
    private final StreamSettings settings;
    private final HttpClient httpClient;
    private final Duration connectTimeout;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier epochMillis;
    private final Backoff backoff;
    private final Map<ChannelArg, List<StreamListener>> listeners = new LinkedHashMap<>();
    private final Map<ChannelArg, StreamSocket> sources = new HashMap<>();
    private final Map<ChannelArg, Set<String>> recentPushes = new HashMap<>();
    private final Set<ChannelArg> confirmed = new HashSet<>();
    private final Set<ChannelArg> successorConfirmed = new HashSet<>();
    private StreamSocket current;
    private StreamSocket successor;
    private ScheduledFuture<?> handoverTimer;
    private long generation;
    private int failedAttempts;
    private boolean lost;
    private boolean overlapping;
    private volatile State state = State.CONNECTING;
    private volatile long reconnects;

    StreamConnection(URI uri, BitgetCredentials credentials, StreamSettings settings, HttpClient httpClient,
                     Duration connectTimeout, ScheduledExecutorService scheduler, LongSupplier epochMillis) {
        this.uri = uri;
        this.credentials = credentials;
        this.settings = settings;
        this.httpClient = httpClient;
        this.connectTimeout = connectTimeout;
        this.scheduler = scheduler;
        this.epochMillis = epochMillis;
        this.backoff = new Backoff(settings.reconnectDelay(), settings.reconnectMaxDelay());
    }

    void add(ChannelArg arg, StreamListener listener) {
        boolean alreadyConfirmed;
        synchronized (this) {
            List<StreamListener> subscribers = listeners.get(arg);
            alreadyConfirmed = subscribers != null && confirmed.contains(arg);
            if (subscribers == null) {
                listeners.put(arg, new CopyOnWriteArrayList<>(List.of(listener)));
                if (current != null && current.isReady()) {
                    current.subscribe(List.of(arg));
                }
            } else {
                subscribers.add(listener);
                if (alreadyConfirmed && StreamChannel.isIncrementalBook(arg.channel())) {
                    // the newcomer needs a snapshot to start its book from
                    resubscribe(arg);
                    alreadyConfirmed = false;
                }
            }
            if (current == null && state == State.CONNECTING) {
                connect();
            }
        }
        if (alreadyConfirmed) {
            listener.onSubscribed(false);
        }
    }

    /** Removes a subscriber; true when the connection has none left. */
    synchronized boolean remove(ChannelArg arg, StreamListener listener) {
        List<StreamListener> subscribers = listeners.get(arg);
        if (subscribers != null && subscribers.remove(listener) && subscribers.isEmpty()) {
            listeners.remove(arg);
            confirmed.remove(arg);
            sources.remove(arg);
            recentPushes.remove(arg);
            if (current != null && current.isReady()) {
                current.unsubscribe(List.of(arg));
            }
        }
        return listeners.isEmpty();
    }

    synchronized boolean carries(ChannelArg arg) {
        return listeners.containsKey(arg);
    }

    synchronized int channels() {
        return listeners.size();
    }

    /** Unsubscribes and subscribes again, for a fresh snapshot. */
    public synchronized void resubscribe(ChannelArg arg) {
        if (current != null && current.isReady()) {
            confirmed.remove(arg);
            current.unsubscribe(List.of(arg));
            current.subscribe(List.of(arg));
        }
    }

    synchronized void close() {
        state = State.CLOSED;
        if (handoverTimer != null) {
            handoverTimer.cancel(false);
        }
        if (current != null) {
            current.close();
        }
        if (successor != null) {
            successor.close();
        }
    }

    private void connect() {
        StreamSocket socket = newSocket(lost);
        current = socket;
        socket.open(httpClient, connectTimeout).thenAccept(this::opened);
    }

    private StreamSocket newSocket(boolean afterLoss) {
        return new StreamSocket(++generation, afterLoss, uri, credentials, settings, scheduler, epochMillis, this);
    }

    private synchronized void opened(StreamSocket socket) {
        if (state == State.CLOSED || socket != current) {
            return;
        }
        state = State.CONNECTED;
        confirmed.clear();
        socket.subscribe(new ArrayList<>(listeners.keySet()));
        handoverTimer = scheduler.schedule(() -> beginHandover(socket), settings.maxConnectionAge().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void beginHandover(StreamSocket socket) {
        if (state == State.CLOSED || socket != current || successor != null) {
            return;
        }
        LOG.info("Stream connection {} is {} old: opening its replacement", uri, settings.maxConnectionAge());
        StreamSocket replacement = newSocket(false);
        successor = replacement;
        successorConfirmed.clear();
        overlapping = true;
        replacement.open(httpClient, connectTimeout).thenAccept(this::successorOpened);
        scheduler.schedule(() -> abandonHandover(replacement), HANDOVER_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void successorOpened(StreamSocket socket) {
        if (state == State.CLOSED || socket != successor) {
            return;
        }
        if (listeners.isEmpty()) {
            completeHandover();
        } else {
            socket.subscribe(new ArrayList<>(listeners.keySet()));
        }
    }

    private synchronized void completeHandover() {
        StreamSocket old = current;
        current = successor;
        successor = null;
        confirmed.clear();
        confirmed.addAll(successorConfirmed);
        old.close();
        LOG.info("Stream connection {} handed over to a new connection", uri);
        StreamSocket replacement = current;
        handoverTimer = scheduler.schedule(() -> beginHandover(replacement), settings.maxConnectionAge().toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.schedule(this::endOverlap, settings.pongTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void endOverlap() {
        if (successor == null) {
            overlapping = false;
            recentPushes.clear();
        }
    }

    private synchronized void abandonHandover(StreamSocket replacement) {
        if (replacement == successor) {
            LOG.warn("Stream connection {}: the replacement did not confirm every channel within {}; trying again",
                    uri, HANDOVER_DEADLINE);
            successor = null;
            replacement.close();
            StreamSocket socket = current;
            handoverTimer = scheduler.schedule(() -> beginHandover(socket), HANDOVER_DEADLINE.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onClosed(StreamSocket socket, Throwable cause) {
        List<StreamListener> affected;
        Exception error = cause instanceof Exception exception ? exception
                : new BitgetTransportException(cause.toString(), new RequestContext("stream", "WS", uri.getPath(),
                        Map.of()), 0, null, cause);
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            if (socket == successor) {
                LOG.warn("Stream connection {}: its replacement failed ({}); the current one stays", uri,
                        cause.getMessage());
                successor = null;
                return;
            }
            if (socket != current) {
                return;
            }
            Duration delay = backoff.delay(failedAttempts++);
            LOG.warn("Stream connection {} lost ({}); reconnecting in {} ms", uri, cause.getMessage(),
                    delay.toMillis());
            current = null;
            confirmed.clear();
            lost = true;
            state = State.RECONNECTING;
            reconnects++;
            if (handoverTimer != null) {
                handoverTimer.cancel(false);
            }
            if (successor != null) {
                successor.close();
                successor = null;
            }
            scheduler.schedule(this::reconnect, delay.toMillis(), TimeUnit.MILLISECONDS);
            affected = allListeners();
        }
        affected.forEach(listener -> listener.onError(error));
    }

    private synchronized void reconnect() {
        if (state == State.RECONNECTING && current == null) {
            connect();
        }
    }

    @Override
    public void onSubscribed(StreamSocket socket, ChannelArg arg) {
        List<StreamListener> subscribers;
        synchronized (this) {
            if (socket == successor) {
                successorConfirmed.add(arg);
                if (successorConfirmed.containsAll(listeners.keySet())) {
                    completeHandover();
                }
                return;
            }
            if (socket != current || !listeners.containsKey(arg)) {
                return;
            }
            confirmed.add(arg);
            failedAttempts = 0;
            subscribers = listeners.get(arg);
        }
        subscribers.forEach(listener -> listener.onSubscribed(socket.afterLoss));
    }

    @Override
    public void onRefused(StreamSocket socket, ChannelArg arg, BitgetApiException error) {
        List<StreamListener> affected;
        synchronized (this) {
            if (socket != current) {
                return;
            }
            affected = arg == null ? allListeners() : List.copyOf(listeners.getOrDefault(arg, List.of()));
        }
        affected.forEach(listener -> listener.onError(error));
    }

    @Override
    public void onData(StreamSocket socket, StreamMessage message) {
        List<StreamListener> subscribers;
        synchronized (this) {
            ChannelArg arg = message.arg();
            subscribers = listeners.get(arg);
            if (subscribers == null) {
                return;
            }
            StreamSocket source = sources.get(arg);
            if (source != socket) {
                if (source != null && source.generation > socket.generation) {
                    return;
                }
                sources.put(arg, socket);
            }
            if (overlapping && !firstTime(arg, message.fingerprint())) {
                return;
            }
        }
        subscribers.forEach(listener -> listener.onMessage(message));
    }

    private boolean firstTime(ChannelArg arg, String fingerprint) {
        Set<String> seen = recentPushes.computeIfAbsent(arg, key -> new LinkedHashSet<>());
        if (!seen.add(fingerprint)) {
            return false;
        }
        if (seen.size() > REMEMBERED_PUSHES) {
            seen.remove(seen.iterator().next());
        }
        return true;
    }

    private List<StreamListener> allListeners() {
        return listeners.values().stream().flatMap(List::stream).distinct().toList();
    }

    public State state() {
        return state;
    }

    /** Whether Bitget confirmed this channel on the current connection. */
    public synchronized boolean isSubscribed(ChannelArg arg) {
        return state == State.CONNECTED && confirmed.contains(arg);
    }

    /** How often the connection was lost and reopened. */
    public long reconnects() {
        return reconnects;
    }

    public URI uri() {
        return uri;
    }

    @Override
    public String toString() {
        return "StreamConnection[" + uri + ", " + state + "]";
    }
}
