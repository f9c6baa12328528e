package io.github.camelbitget.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitget.model.FuturesTicker;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Ticker pushes parsed and delivered per second over one WebSocket connection fed by {@link PushingBitget}: the
 * stream consumer delivering {@link FuturesTicker} records to a route, against a raw JDK WebSocket listener doing a
 * Jackson tree parse of each push, alternating in the same run. Writes the results as JSON.
 */
public final class StreamBenchmark {

    record Result(String client, double messagesPerSecond, long messages) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBSCRIBE = "{\"op\":\"subscribe\",\"args\":[{\"instType\":\"USDT-FUTURES\","
                                            + "\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}";

    private final Duration warmUp;
    private final Duration measure;

    StreamBenchmark(Duration warmUp, Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/stream.json");
        List<Result> results = new ArrayList<>();
        StreamBenchmark benchmark = new StreamBenchmark(Duration.ofSeconds(Long.getLong("bench.warmup", 2)),
                Duration.ofSeconds(Long.getLong("bench.measure", 4)));
        try (PushingBitget server = new PushingBitget()) {
            for (int round = 0; round < 2; round++) {
                results.add(benchmark.component(server.webSocketUrl()));
                results.add(benchmark.raw(server.webSocketUrl()));
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), results);
        results.forEach(result -> System.out.printf("%-16s ticker stream %12.0f messages/s%n", result.client(),
                result.messagesPerSecond()));
    }

    Result component(String webSocketUrl) throws Exception {
        AtomicLong delivered = new AtomicLong();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitget:futures/stream/ticker?symbol=BTCUSDT&webSocketUrl=" + webSocketUrl)
                        .process(exchange -> {
                            if (exchange.getMessage().getBody(FuturesTicker.class).lastPr() != null) {
                                delivered.incrementAndGet();
                            }
                        });
            }
        });
        context.start();
        try {
            return count("camel-bitget", delivered::get);
        } finally {
            context.stop();
        }
    }

    Result raw(String webSocketUrl) throws Exception {
        AtomicLong parsed = new AtomicLong();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(webSocketUrl + "/v2/ws/public"), new TreeParsingListener(parsed))
                .get(10, TimeUnit.SECONDS);
        socket.sendText(SUBSCRIBE, true).get(10, TimeUnit.SECONDS);
        try {
            return count("raw WebSocket", parsed::get);
        } finally {
            socket.abort();
        }
    }

    private Result count(String client, LongSupplier messages) throws InterruptedException {
        Thread.sleep(warmUp.toMillis());
        long before = messages.getAsLong();
        Thread.sleep(measure.toMillis());
        long counted = messages.getAsLong() - before;
        if (counted == 0) {
            throw new IllegalStateException(client + " received no ticker push");
        }
        return new Result(client, counted / (measure.toNanos() / 1e9), counted);
    }

    /** What a hand-written client does: assemble the frame, tree-parse it, count the tickers it carries. */
    private static final class TreeParsingListener implements WebSocket.Listener {

        private final AtomicLong parsed;
        private final StringBuilder frame = new StringBuilder();

        TreeParsingListener(AtomicLong parsed) {
            this.parsed = parsed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                try {
                    JsonNode push = JSON.readTree(frame.toString());
                    for (JsonNode ticker : push.path("data")) {
                        if (!ticker.path("lastPr").asText().isEmpty()) {
                            parsed.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("unreadable push " + frame, e);
                }
                frame.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
