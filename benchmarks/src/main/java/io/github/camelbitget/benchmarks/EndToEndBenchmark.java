package io.github.camelbitget.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Throughput and latency on loopback against {@link CannedBitget}: the component through a ProducerTemplate and the
 * raw JDK HttpClient, alternating in the same run; a concurrency sweep (1 to 64), a response-size sweep (1 to 1000
 * tickers), signed orders, and the peers (XChange on the JVM, ccxt under Node) on a spot ticker. The concurrency sweep
 * and the orders also run the raw client asynchronously, which separates the JDK's cost of {@code sendAsync} from the
 * component's. Writes the results as JSON. Durations: {@code -Dbench.warmup=2} and {@code -Dbench.measure=4} seconds
 * per run.
 */
public final class EndToEndBenchmark {

    private static final int[] CONCURRENCY = { 1, 2, 4, 8, 16, 32, 64 };
    private static final int[] TICKERS = { 1, 10, 100, 1000 };

    private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 2));
    private final Duration measure = Duration.ofSeconds(Long.getLong("bench.measure", 4));
    private final List<LoadRun.Result> results = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/e2e.json");
        Path ccxtDirectory = Path.of(args.length > 1 ? args[1] : "benchmarks/peers/ccxt");
        new EndToEndBenchmark().run(output, ccxtDirectory);
    }

    private void run(Path output, Path ccxtDirectory) throws Exception {
        try (CannedBitget server = new CannedBitget(); ComponentClient component = new ComponentClient(server.baseUrl())) {
            RawClient raw = new RawClient(server.baseUrl(), "bench-secret", false);
            RawClient rawAsync = new RawClient(server.baseUrl(), "bench-secret", true);
            String tickers = "bitget:futures/tickers";
            String order = "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01";
            String spot = "bitget:spot/tickers?symbol=BTCUSDT";
            warmUpJit(List.of(() -> component.call(tickers), () -> component.call(order), () -> component.call(spot),
                    raw::futuresTickers, raw::placeOrder, raw::spotTicker, rawAsync::futuresTickers,
                    rawAsync::placeOrder));
            for (int concurrency : CONCURRENCY) {
                pair("futures tickers", concurrency, 100, () -> component.call(tickers), raw::futuresTickers);
                measure(Report.RAW_ASYNC, "futures tickers", concurrency, 100, rawAsync::futuresTickers);
            }
            for (int size : TICKERS) {
                server.tickerCount(size);
                pair("futures tickers", 8, size, () -> component.call(tickers), raw::futuresTickers);
            }
            server.tickerCount(100);
            for (int concurrency : new int[] { 1, 8, 64 }) {
                pair("place order", concurrency, 1, () -> component.call(order), raw::placeOrder);
                measure(Report.RAW_ASYNC, "place order", concurrency, 1, rawAsync::placeOrder);
            }
            XChangeClient xchange = new XChangeClient(server.baseUrl());
            for (int concurrency : new int[] { 1, 8 }) {
                measure(Report.COMPONENT, "spot ticker", concurrency, 1, () -> component.call(spot));
                measure(Report.RAW, "spot ticker", concurrency, 1, raw::spotTicker);
                measure("XChange 5.2.1", "spot ticker", concurrency, 1, xchange::spotTicker);
                ccxt(ccxtDirectory, server.baseUrl(), concurrency);
            }
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), results);
        results.forEach(result -> System.out.printf(
                "%-20s %-16s c=%-3d n=%-5d %10.0f/s p50=%8.1fus p99=%8.1fus failed=%d%n", result.client(),
                result.scenario(), result.concurrency(), result.size(), result.perSecond(), result.p50Micros(),
                result.p99Micros(), result.failures()));
    }

    /**
     * An untimed pass over every call first, so that the first measured runs (one thread) do not pay for the JIT
     * compiling what later runs get compiled: {@code -Dbench.jitWarmup} seconds per call (5).
     */
    private void warmUpJit(List<LoadRun.Call> calls) throws InterruptedException {
        Duration perCall = Duration.ofSeconds(Long.getLong("bench.jitWarmup", 5));
        for (LoadRun.Call call : calls) {
            LoadRun.run("warm-up", "warm-up", 4, 0, call, Duration.ZERO, perCall);
        }
    }

    /** The component and the raw client, one after the other, in the same conditions. */
    private void pair(String scenario, int concurrency, int size, LoadRun.Call component, LoadRun.Call raw)
            throws InterruptedException {
        measure(Report.COMPONENT, scenario, concurrency, size, component);
        measure(Report.RAW, scenario, concurrency, size, raw);
    }

    private void measure(String client, String scenario, int concurrency, int size, LoadRun.Call call)
            throws InterruptedException {
        LoadRun.Result result = LoadRun.run(client, scenario, concurrency, size, call, warmUp, measure);
        results.add(result);
        System.out.printf("%-20s %-16s c=%-3d n=%-5d %10.0f/s failed=%d%n", client, scenario, concurrency, size,
                result.perSecond(), result.failures());
    }

    /** ccxt under Node, when Node and the installed package are there; skipped with a note otherwise. */
    private void ccxt(Path directory, String baseUrl, int concurrency) throws Exception {
        if (!Files.isDirectory(directory.resolve("node_modules/ccxt"))) {
            System.out.println("ccxt not installed in " + directory + " (npm ci there), skipped");
            return;
        }
        Process node = new ProcessBuilder("node", "bench.js", baseUrl, Long.toString(warmUp.toSeconds()),
                Long.toString(measure.toSeconds()), Integer.toString(concurrency))
                .directory(directory.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes());
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
            throw new IllegalStateException("ccxt benchmark failed: " + output);
        }
        JsonNode measured = new ObjectMapper().readTree(output);
        LoadRun.Result result = new LoadRun.Result("ccxt " + measured.get("version").asText(), "spot ticker",
                concurrency, 1, measured.get("perSecond").asDouble(), measured.get("p50Micros").asDouble(),
                measured.get("p99Micros").asDouble(), measured.get("calls").asLong(), 0);
        results.add(result);
        System.out.printf("%-20s %-16s c=%-3d n=%-5d %10.0f/s%n", result.client(), result.scenario(), concurrency, 1,
                result.perSecond());
    }
}
