package io.github.camelbitget.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Throughput and latency on loopback against {@link CannedBitget}: the component through a ProducerTemplate, the raw
 * JDK HttpClient blocking and asynchronous, XChange on the JVM and ccxt under Node. Each client runs in a JVM of its
 * own ({@link ClientRun}), the way JMH forks, and the clients take turns: {@code -Dbench.forks} rounds (3) of one
 * process per client, each result the mean of its rounds. In one JVM the clients would share the JIT's profiles of
 * the JDK's HTTP code and each other's garbage, and whichever ran later in the run would be measured in another
 * state. Writes the results as JSON. Durations: {@code -Dbench.warmup=2} and {@code -Dbench.measure=3} seconds per
 * scenario, {@code -Dbench.jitWarmup=8} seconds per call before the first.
 */
public final class EndToEndBenchmark {

    /** Every round's results, next to the file of means. */
    static final String ROUNDS_FILE = "e2e-rounds.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int forks = Integer.getInteger("bench.forks", 3);
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 2));
    private final Duration measure = Duration.ofSeconds(Long.getLong("bench.measure", 3));
    private final Map<List<Object>, List<LoadRun.Result>> byMeasurement = new LinkedHashMap<>();
    private final List<Round> rounds = new ArrayList<>();
    private int round;

    /** One measurement of one round, so that the report can show how far the rounds lie apart. */
    record Round(int round, LoadRun.Result result) {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/e2e.json");
        Path ccxtDirectory = Path.of(args.length > 1 ? args[1] : "benchmarks/peers/ccxt");
        new EndToEndBenchmark().run(output, ccxtDirectory);
    }

    private void run(Path output, Path ccxtDirectory) throws Exception {
        try (CannedBitget server = new CannedBitget()) {
            for (round = 1; round <= forks; round++) {
                System.out.println("round " + round + " of " + forks);
                for (ClientRun.Client client : ClientRun.Client.values()) {
                    fork(client, server.baseUrl(), output.resolveSibling("e2e-" + client + "-" + round + ".json"))
                            .forEach(this::add);
                }
                for (Scenario scenario : Scenario.spotTicker()) {
                    ccxt(ccxtDirectory, server.baseUrl(), scenario.concurrency());
                }
            }
        }
        List<LoadRun.Result> results = byMeasurement.values().stream().map(EndToEndBenchmark::mean).toList();
        JSON.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), results);
        JSON.writerWithDefaultPrettyPrinter().writeValue(output.resolveSibling(ROUNDS_FILE).toFile(), rounds);
        results.forEach(result -> System.out.printf(
                "%-20s %-16s c=%-3d n=%-5d %10.0f/s p50=%8.1fus p99=%8.1fus cpu=%6.1fus/call failed=%d%n", result.client(),
                result.scenario(), result.concurrency(), result.size(), result.perSecond(), result.p50Micros(),
                result.p99Micros(), result.cpuMicrosPerCall(), result.failures()));
    }

    /** Runs one client's scenarios in a new JVM with this JVM's options; its output goes to this one's. */
    private static List<LoadRun.Result> fork(ClientRun.Client client, String baseUrl, Path results) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-D") || option.startsWith("-X"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClientRun.class.getName(),
                client.name(), baseUrl, results.toString()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(client + " run failed (exit " + process.exitValue() + ")");
        }
        return List.of(JSON.readValue(results.toFile(), LoadRun.Result[].class));
    }

    private void add(LoadRun.Result result) {
        rounds.add(new Round(round, result));
        byMeasurement.computeIfAbsent(List.of(result.client(), result.scenario(), result.concurrency(), result.size()),
                key -> new ArrayList<>()).add(result);
    }

    /** The rounds of one measurement: mean rates and percentiles, all calls and failures. */
    private static LoadRun.Result mean(List<LoadRun.Result> results) {
        LoadRun.Result first = results.get(0);
        return new LoadRun.Result(first.client(), first.scenario(), first.concurrency(), first.size(),
                results.stream().mapToDouble(LoadRun.Result::perSecond).average().orElseThrow(),
                results.stream().mapToDouble(LoadRun.Result::p50Micros).average().orElseThrow(),
                results.stream().mapToDouble(LoadRun.Result::p99Micros).average().orElseThrow(),
                results.stream().mapToLong(LoadRun.Result::calls).sum(),
                results.stream().mapToLong(LoadRun.Result::failures).sum(),
                results.stream().mapToDouble(LoadRun.Result::cpuMicrosPerCall).average().orElseThrow());
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
        JsonNode measured = JSON.readTree(output);
        LoadRun.Result result = new LoadRun.Result("ccxt " + measured.get("version").asText(),
                Scenario.SPOT_TICKER, concurrency, 1, measured.get("perSecond").asDouble(),
                measured.get("p50Micros").asDouble(), measured.get("p99Micros").asDouble(),
                measured.get("calls").asLong(), 0, measured.path("cpuMicrosPerCall").asDouble());
        add(result);
        System.out.printf("%-20s %-16s c=%-3d n=%-5d %10.0f/s%n", result.client(), result.scenario(), concurrency, 1,
                result.perSecond());
    }
}
