package io.github.camelbitget.client;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK HttpClients the component talks to Bitget through: one kind for REST calls, one for WebSocket streams.
 * <p>
 * A REST answer completes on the client's selector thread, which hands it straight to the caller blocked in
 * {@code send}. With the JDK's default executor every answer takes one more thread hand-off first, which on loopback
 * costs about a third of the calls per second and half again the CPU per call (docs/benchmarks.md). Nothing blocking
 * runs on that thread: the body is read into a byte array and parsed by the caller. A stream's listener, by contrast,
 * runs the consumer's route, which must not hold up the selector, so streams keep the default executor.
 */
public final class BitgetHttpClients {

    private BitgetHttpClients() {
    }

    /** A client for REST calls; {@code proxy} null for a direct connection. */
    public static HttpClient forRequests(Duration connectTimeout, ProxySelector proxy) {
        return builder(connectTimeout, proxy).executor(Runnable::run).build();
    }

    /** A client for WebSocket streams; {@code proxy} null for a direct connection. */
    public static HttpClient forStreams(Duration connectTimeout, ProxySelector proxy) {
        return builder(connectTimeout, proxy).build();
    }

    private static HttpClient.Builder builder(Duration connectTimeout, ProxySelector proxy) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout);
        if (proxy != null) {
            builder.proxy(proxy);
        }
        return builder;
    }
}
