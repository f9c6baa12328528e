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
 * not the server, is what a load run measures. The futures ticker list has a settable length.
 */
final class CannedBitget implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final Map<Integer, Buffer> tickerLists = new ConcurrentHashMap<>();
    private final Map<String, Buffer> answers = Map.of(
            "/api/v2/mix/order/place-order", Buffer.buffer(Payloads.envelope(Payloads.orderResult())),
            "/api/v2/spot/market/tickers", Buffer.buffer(Payloads.envelope(Payloads.spotTicker())),
            "/api/v2/spot/public/symbols", Buffer.buffer(Payloads.envelope(Payloads.spotSymbols())),
            "/api/v2/mix/market/merge-depth", Buffer.buffer(Payloads.envelope(Payloads.orderBook(50))),
            "/api/v2/public/time", Buffer.buffer(Payloads.envelope("{\"serverTime\":\"1731000000123\"}")));
    private final Buffer empty = Buffer.buffer(Payloads.envelope("[]"));
    private volatile Buffer tickers;
    private final HttpServer server;

    CannedBitget() throws Exception {
        tickerCount(100);
        // HTTP/1.1 only: the JDK client's h2c upgrade over plain HTTP is a loopback artefact (Bitget negotiates over TLS),
        // and under load it sometimes misreads the answer as an HTTP/2 frame
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                        .setHttp2ClearTextEnabled(false))
                .requestHandler(request -> {
                    String path = request.path();
                    Buffer body = path.startsWith("/api/v2/mix/market/ticker") ? tickers
                            : answers.getOrDefault(path, empty);
                    request.response().putHeader("Content-Type", "application/json").end(body);
                });
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        server.listen().onSuccess(started::complete).onFailure(started::completeExceptionally);
        started.get(10, TimeUnit.SECONDS);
    }

    /** Length of the futures ticker list the server answers from now on. */
    void tickerCount(int count) {
        tickers = tickerLists.computeIfAbsent(count,
                n -> Buffer.buffer(Payloads.envelope(Payloads.futuresTickers(n))));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
