package io.github.camelbitget.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

/**
 * A Bitget public WebSocket on loopback that answers a subscription with an endless run of ticker pushes, as fast
 * as the client reads them (TCP back-pressure), so that a stream run measures the client, not the server. Pushes are
 * prepared once and differ in price and time, as real ones do.
 */
final class PushingBitget implements AutoCloseable {

    static final int DISTINCT_PUSHES = 1024;

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    private final Buffer[] pushes = new Buffer[DISTINCT_PUSHES];
    private final HttpServer server;

    PushingBitget() throws Exception {
        for (int i = 0; i < DISTINCT_PUSHES; i++) {
            pushes[i] = Buffer.buffer(tickerPush(i));
        }
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .webSocketHandler(this::serve);
        CompletableFuture<HttpServer> started = new CompletableFuture<>();
        server.listen().onSuccess(started::complete).onFailure(started::completeExceptionally);
        started.get(10, TimeUnit.SECONDS);
    }

    private void serve(ServerWebSocket socket) {
        socket.textMessageHandler(text -> {
            if (text.equals("ping")) {
                socket.writeTextMessage("pong");
            } else if (text.contains("\"subscribe\"")) {
                socket.writeTextMessage("{\"event\":\"subscribe\",\"arg\":" + ARG + "}");
                push(socket, 0);
            }
        });
    }

    private void push(ServerWebSocket socket, int next) {
        int index = next;
        while (!socket.isClosed() && !socket.writeQueueFull()) {
            socket.writeTextMessage(pushes[index++ % DISTINCT_PUSHES].toString());
        }
        if (!socket.isClosed()) {
            int resume = index;
            socket.drainHandler(ignored -> push(socket, resume));
        }
    }

    String webSocketUrl() {
        return "ws://127.0.0.1:" + server.actualPort();
    }

    private static final String ARG = "{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}";

    private static String tickerPush(int i) {
        long ts = 1731000000000L + i;
        String last = "76012." + (i % 10);
        return "{\"action\":\"snapshot\",\"arg\":" + ARG + ",\"data\":[{\"instId\":\"BTCUSDT\",\"lastPr\":\"" + last
               + "\",\"bidPr\":\"76012.0\",\"askPr\":\"76013.0\",\"bidSz\":\"3.214\",\"askSz\":\"0.871\","
               + "\"open24h\":\"74637.9\",\"high24h\":\"76880.0\",\"low24h\":\"74120.3\",\"change24h\":\"0.01843\","
               + "\"fundingRate\":\"0.000087\",\"nextFundingTime\":\"1731024000000\",\"markPrice\":\"76011.9\","
               + "\"indexPrice\":\"76030.117\",\"holdingAmount\":\"41230.118\",\"baseVolume\":\"98231.442\","
               + "\"quoteVolume\":\"7411223344.18\",\"openUtc\":\"75210.1\",\"symbolType\":1,\"symbol\":\"BTCUSDT\","
               + "\"deliveryPrice\":\"0\",\"ts\":\"" + ts + "\"}],\"ts\":" + ts + "}";
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
