package io.github.camelbitget.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.github.camelbitget.client.BitgetCredentials;

/**
 * The stream connections of one component: consumers with the same URL, credentials and settings share connections,
 * up to the channel limit per connection; the next channel opens another connection. A connection closes when its
 * last consumer leaves.
 */
public final class StreamConnections {

    /** What consumers must have in common to share a connection. */
    private record Key(URI uri, BitgetCredentials credentials, StreamSettings settings) {
    }

    private final Map<Key, List<StreamConnection>> connections = new HashMap<>();
    private final Supplier<ScheduledExecutorService> scheduler;

    public StreamConnections(Supplier<ScheduledExecutorService> scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Subscribes a listener to a channel on a connection with room for it, opened when needed.
     *
     * @param epochMillis the clock that timestamps the login of a new connection (Bitget accepts 30 s of skew)
     */
    public synchronized StreamConnection subscribe(URI uri, BitgetCredentials credentials, StreamSettings settings,
                                                   HttpClient httpClient, Duration connectTimeout,
                                                   LongSupplier epochMillis, ChannelArg arg, StreamListener listener) {
        List<StreamConnection> shared = connections.computeIfAbsent(new Key(uri, credentials, settings),
                key -> new ArrayList<>());
        StreamConnection connection = shared.stream().filter(candidate -> candidate.carries(arg)).findFirst()
                .or(() -> shared.stream().filter(candidate -> candidate.channels() < settings.maxChannels())
                        .findFirst())
                .orElseGet(() -> {
                    StreamConnection opened = new StreamConnection(uri, credentials, settings, httpClient,
                            connectTimeout, scheduler.get(), epochMillis);
                    shared.add(opened);
                    return opened;
                });
        connection.add(arg, listener);
        return connection;
    }

    /** Unsubscribes a listener; closes its connection when that was the last one. */
    public synchronized void unsubscribe(StreamConnection connection, ChannelArg arg, StreamListener listener) {
        if (connection.remove(arg, listener)) {
            connection.close();
            connections.values().forEach(list -> list.remove(connection));
            connections.values().removeIf(List::isEmpty);
        }
    }

    /** How many connections are open, for monitoring and tests. */
    public synchronized int openConnections() {
        return connections.values().stream().mapToInt(List::size).sum();
    }

    public synchronized void closeAll() {
        connections.values().forEach(list -> list.forEach(StreamConnection::close));
        connections.clear();
    }
}
