package io.github.camelbitget.benchmarks;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * A minimal Bitget on loopback: canned answers prepared once, no state, no signature checks, so that the client,
 * not the server, is what a load run measures. The futures ticker list has 100 tickers, or {@code n} under the base
 * URL {@link #withTickers(String, int) withTickers(baseUrl, n)} (a {@code /size/n} prefix to Bitget's paths), so that every client process
 * can ask for the size it measures.
 */
final class CannedBitget implements AutoCloseable {

    static final int DEFAULT_TICKERS = 100;
    private static final String SIZE_PREFIX = "/size/";

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final Map<Integer, Buffer> tickerLists = new ConcurrentHashMap<>();
    private final Map<String, Buffer> answers = Map.of(
            "/api/v2/mix/order/place-order", Buffer.buffer(Payloads.envelope(Payloads.orderResult())),
            "/api/v2/spot/market/tickers", Buffer.buffer(Payloads.envelope(Payloads.spotTicker())),
            "/api/v2/spot/public/symbols", Buffer.buffer(Payloads.envelope(Payloads.spotSymbols())),
            "/api/v2/mix/market/merge-depth", Buffer.buffer(Payloads.envelope(Payloads.orderBook(50))),
            "/api/v2/public/time", Buffer.buffer(Payloads.envelope("{\"serverTime\":\"1731000000123\"}")));
    private final Buffer empty = Buffer.buffer(Payloads.envelope("[]"));
    private final HttpServer server;

    CannedBitget() throws Exception {
        // HTTP/1.1 only: the JDK client's h2c upgrade over plain HTTP is a loopback artefact (Bitget negotiates over TLS),
        // and under load it sometimes misreads the answer as an HTTP/2 frame
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                        .setHttp2ClearTextEnabled(false))
                .requestHandler(request -> {
                    String path = request.path();
                    int tickerCount = DEFAULT_TICKERS;
                    if (path.startsWith(SIZE_PREFIX)) {
                        int end = path.indexOf('/', SIZE_PREFIX.length());
                        tickerCount = Integer.parseInt(path.substring(SIZE_PREFIX.length(), end));
                        path = path.substring(end);
                    }
                    Buffer body = path.startsWith("/api/v2/mix/market/ticker") ? tickers(tickerCount)
                            : answers.getOrDefault(path, empty);
                    request.response().putHeader("Content-Type", "application/json").end(body);
                });
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        server.listen().onSuccess(started::complete).onFailure(started::completeExceptionally);
        started.get(10, TimeUnit.SECONDS);
    }

    private Buffer tickers(int count) {
        return tickerLists.computeIfAbsent(count, n -> Buffer.buffer(Payloads.envelope(Payloads.futuresTickers(n))));
    }

    /** Where futures ticker lists have {@value #DEFAULT_TICKERS} tickers. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Where the server at {@code baseUrl} answers futures ticker lists of {@code tickerCount} tickers. */
    static String withTickers(String baseUrl, int tickerCount) {
        return tickerCount == DEFAULT_TICKERS ? baseUrl : baseUrl + SIZE_PREFIX + tickerCount;
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
