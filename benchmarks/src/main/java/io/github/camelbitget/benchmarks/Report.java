package io.github.camelbitget.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns one run's JMH and load results into {@code docs/benchmarks.md} and the throughput chart, and prints the
 * summary table. Usage: {@code Report <results directory> <docs directory>}.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String COMPONENT = "camel-bitget";
    static final String RAW = "raw HttpClient";
    static final String RAW_ASYNC = "raw HttpClient async";
    static final String RAW_INLINE = "raw HttpClient inline";

    private final List<LoadRun.Result> load;
    private final List<EndToEndBenchmark.Round> rounds;
    private final JsonNode jmh;
    private final JsonNode bridge;
    private final JsonNode stream;

    private Report(List<LoadRun.Result> load, List<EndToEndBenchmark.Round> rounds, JsonNode jmh, JsonNode bridge,
                   JsonNode stream) {
        this.load = load;
        this.rounds = rounds;
        this.jmh = jmh;
        this.bridge = bridge;
        this.stream = stream;
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path docs = Path.of(args[1]);
        List<LoadRun.Result> load = List.of(JSON.readValue(results.resolve("e2e.json").toFile(),
                LoadRun.Result[].class));
        Path roundsFile = results.resolve(EndToEndBenchmark.ROUNDS_FILE);
        List<EndToEndBenchmark.Round> rounds = Files.exists(roundsFile)
                ? List.of(JSON.readValue(roundsFile.toFile(), EndToEndBenchmark.Round[].class)) : List.of();
        JsonNode jmh = JSON.readTree(results.resolve("jmh.json").toFile());
        Path bridgeFile = results.resolve("bridge.json");
        JsonNode bridge = Files.exists(bridgeFile) ? JSON.readTree(bridgeFile.toFile()) : null;
        Path streamFile = results.resolve("stream.json");
        JsonNode stream = Files.exists(streamFile) ? JSON.readTree(streamFile.toFile()) : null;
        Report report = new Report(load, rounds, jmh, bridge, stream);
        Files.writeString(docs.resolve("benchmarks-throughput.svg"), report.chart());
        Files.writeString(docs.resolve("benchmarks.md"), report.markdown());
        System.out.println(report.summary());
    }

    private String summary() {
        StringBuilder table = new StringBuilder("\nSummary\n");
        table.append(String.format("%-38s %14s %14s %8s%n", "measure", COMPONENT, "baseline", "ratio"));
        micro("SigningBenchmark.signPlaceOrder").ifPresent(score -> table.append(String.format(
                "%-38s %11.0f ns %14s %8s%n", "sign a place-order request", score, "target 2000 ns", "")));
        ratioRow(table, "600 tickers into records (us)", "ParsingBenchmark.tickersIntoRecords",
                "ParsingBenchmark.tickersTreeBaseline");
        ratioRow(table, "own work, place order (us)", "OverheadBenchmark.componentPlaceOrder",
                "OverheadBenchmark.rawPlaceOrder");
        ratioRow(table, "own work, 100 tickers (us)", "OverheadBenchmark.componentTickers",
                "OverheadBenchmark.rawTickers");
        find("futures tickers", 8, 100).ifPresent(pair -> table.append(String.format("%-38s %12.0f/s %12.0f/s %8.2f%n",
                "tickers, 8 threads, 100 tickers", pair[0].perSecond(), pair[1].perSecond(),
                pair[0].perSecond() / pair[1].perSecond())));
        find("place order", 8, 1).ifPresent(pair -> table.append(String.format("%-38s %12.0f/s %12.0f/s %8.2f%n",
                "place order, 8 threads", pair[0].perSecond(), pair[1].perSecond(),
                pair[0].perSecond() / pair[1].perSecond())));
        table.append("(baseline: raw JDK HttpClient, send with the default executor)\n");
        return table.toString();
    }

    private void ratioRow(StringBuilder table, String label, String ours, String baseline) {
        Optional<Double> a = micro(ours);
        Optional<Double> b = micro(baseline);
        if (a.isPresent() && b.isPresent()) {
            table.append(String.format("%-38s %14.1f %14.1f %8.2f%n", label, a.get(), b.get(), a.get() / b.get()));
        }
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Measured by `benchmarks/run` in one run on ").append(LocalDate.now()).append(": ")
                .append(Machine.describe()).append(". All clients talk to the same loopback server; in the end-to-end")
                .append(" runs each client has a JVM of its own and the clients take turns. Reproduce with")
                .append(" `benchmarks/run` (about 30 minutes).\n\n");
        md.append("## Micro-benchmarks (JMH 1.37, 3 × 2 s warm-up, 5 × 2 s measurement; 1 fork; `OverheadBenchmark` 3 forks, every call timed)\n\n");
        md.append("| Benchmark | Score | Error | Unit |\n|---|---:|---:|---|\n");
        for (JsonNode benchmark : jmh) {
            JsonNode metric = benchmark.get("primaryMetric");
            md.append("| `").append(shortName(benchmark.get("benchmark").asText())).append("` | ")
                    .append(format(metric.get("score").asDouble())).append(" | ± ")
                    .append(format(metric.get("scoreError").asDouble())).append(" | ")
                    .append(metric.get("scoreUnit").asText()).append(" |\n");
        }
        md.append('\n');
        micro("ParsingBenchmark.tickersIntoRecords").ifPresent(ours -> micro("ParsingBenchmark.tickersTreeBaseline")
                .ifPresent(tree -> md.append(String.format(Locale.ROOT, "Reading 600 futures tickers into records costs"
                        + " %.2f× a Jackson tree parse of the same bytes", ours / tree))));
        micro("ParsingBenchmark.tickersPlainDatabind").ifPresent(plain -> micro("ParsingBenchmark.tickersIntoRecords")
                .ifPresent(ours -> md.append(String.format(Locale.ROOT, " and %.2f× plain Jackson databind into the"
                        + " same records.", ours / plain))));
        micro("SigningBenchmark.signPlaceOrder").ifPresent(sign -> md.append(String.format(Locale.ROOT,
                " Signing a place-order request takes %.2f µs (target: under 2 µs).\n\n", sign / 1000)));
        md.append(ownWork());
        md.append("## End to end: component vs raw JDK HttpClient\n\n");
        md.append("The component through a `ProducerTemplate` (`bitget:futures/tickers`, `bitget:futures/placeOrder`),")
                .append(" client-side rate limits off (Bitget's would cap both at 10 to 20 calls per second), against a")
                .append(" raw JDK HttpClient doing the same signed calls and a Jackson tree parse. Targets: at least")
                .append(" 0.95× the raw client's throughput, p99 overhead under 100 µs. Each client runs in a JVM of")
                .append(" its own, as JMH forks, and the clients take turns: rounds of one process per client, each")
                .append(" number the mean of its rounds, the ratio's range that of single rounds (the machine's noise). In one shared JVM whichever client ran later met the JIT's")
                .append(" profiles of the JDK's HTTP code and the garbage of the one before: alternating in one JVM, the")
                .append(" one-thread ratio moved between 0.7 and 1.2 from round to round. Each process first runs every")
                .append(" call it measures 8 s untimed at 4 threads (the JIT's warm-up), then each scenario 2 s untimed")
                .append(" and 3 s measured;")
                .append(" the component's endpoints are resolved once, as a route's are. The raw client runs blocking")
                .append(" (`send`, the JDK's default executor: the target's baseline) and, for the concurrency sweep and")
                .append(" the orders, two more ways: asynchronously (`sendAsync`, the parse in a dependent stage, joined:")
                .append(" the JDK completes `sendAsync` on its default async pool, a thread hand-off per call, on a")
                .append(" machine with 2 CPUs or fewer a new thread per call), and inline (`send` on an HttpClient built")
                .append(" with `executor(Runnable::run)`, so that an answer completes on the client's selector thread")
                .append(" and goes straight to the waiting caller instead of through one of the executor's threads).")
                .append(" The component builds its REST HttpClient the inline way (`BitgetHttpClients`; its WebSocket")
                .append(" streams keep the default executor, since their listener runs the route), so the ratio to the")
                .append(" raw client is what a user gains over a typical hand-written client, and the ratio to the")
                .append(" inline raw client is what the component's own work costs on the same transport. Failed")
                .append(" calls are counted, not timed: on JDK 17 a reused pooled connection now and then loses its")
                .append(" answer to the pool's idle watcher (`HTTP/1.1 header parser received no bytes`, cause")
                .append(" `connection closed locally`; JDK-8338569, JDK-8357639), a client-side race that a loopback")
                .append(" server answering within microseconds makes likelier. The server, the clients and the JIT")
                .append(" share the machine's CPUs: from 2 threads on, on a 2-CPU machine, every client is CPU-bound.")
                .append(" CPU µs per call is the client process's CPU time over the measured period (its callers, the")
                .append(" HttpClient's threads, the JIT, the GC) divided by its calls: what a call costs the machine,")
                .append(" which, unlike calls per second, a busy neighbour on a shared machine does not move.\n\n");
        md.append("![throughput against concurrency](benchmarks-throughput.svg)\n\n");
        md.append(loadTable("futures tickers (100 per answer) by concurrency", "futures tickers", 100, null));
        md.append(loadTable("futures tickers at 8 threads by answer size", "futures tickers", -1, 8));
        md.append(loadTable("signed place-order by concurrency", "place order", 1, null));
        md.append(targetCheck());
        md.append("## Peers: one spot ticker\n\n| Client | Threads | Calls/s | Ratio to camel-bitget | p50 µs | p99 µs |")
                .append(" CPU µs per call |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (LoadRun.Result result : load) {
            if (result.scenario().equals("spot ticker")) {
                double ours = load.stream().filter(r -> r.scenario().equals("spot ticker")
                                && r.client().equals(COMPONENT) && r.concurrency() == result.concurrency())
                        .mapToDouble(LoadRun.Result::perSecond).findFirst().orElse(Double.NaN);
                md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.0f | %.0f | %.0f |%n",
                        result.client(), result.concurrency(), result.perSecond(), result.perSecond() / ours,
                        result.p50Micros(), result.p99Micros(), result.cpuMicrosPerCall()));
            }
        }
        md.append("\nccxt runs under Node in its own process (single-threaded event loop: \"threads\" are concurrent")
                .append(" requests in flight); XChange, camel-bitget and the raw client each in a JVM of its own.\n\n");
        if (stream != null) {
            md.append(streamTable());
        }
        if (bridge != null) {
            md.append(bridgeTable());
        }
        md.append("## Commands\n\n```\nbenchmarks/run\n```\n\nwhich runs\n\n```\n")
                .append("mvn -B -ntp -q package -DskipTests -pl benchmarks,benchmarks/bridge -am\n")
                .append("(cd benchmarks/peers/ccxt && npm ci)\n")
                .append("java -jar benchmarks/target/benchmarks.jar -wi 3 -w 2s -i 5 -r 2s -rf json -rff benchmarks/target/jmh.json\n")
                .append("java -cp benchmarks/target/benchmarks.jar io.github.camelbitget.benchmarks.EndToEndBenchmark benchmarks/target/e2e.json benchmarks/peers/ccxt\n")
                .append("java -cp benchmarks/target/benchmarks.jar io.github.camelbitget.benchmarks.StreamBenchmark benchmarks/target/stream.json\n")
                .append("java -cp benchmarks/bridge/target/classes:examples/kafka-order-bridge/target/kafka-order-bridge.jar io.github.camelbitget.benchmarks.bridge.BridgeBenchmark benchmarks/target/bridge.json\n")
                .append("java -cp benchmarks/target/benchmarks.jar io.github.camelbitget.benchmarks.Report benchmarks/target docs\n```\n");
        return md.toString();
    }

    /**
     * What the component's own work costs per call, from {@code OverheadBenchmark}: both clients answered from memory,
     * so the difference is Camel's exchange, the request checks and the typed records, with no network in it.
     */
    private String ownWork() {
        Optional<Double> order = micro("OverheadBenchmark.componentPlaceOrder");
        Optional<Double> rawOrder = micro("OverheadBenchmark.rawPlaceOrder");
        Optional<Double> tickers = micro("OverheadBenchmark.componentTickers");
        Optional<Double> rawTickers = micro("OverheadBenchmark.rawTickers");
        if (order.isEmpty() || rawOrder.isEmpty() || tickers.isEmpty() || rawTickers.isEmpty()) {
            return "";
        }
        String text = String.format(Locale.ROOT, "The component's own work per call, without the network"
                + " (`OverheadBenchmark`: the component through a `ProducerTemplate` and the raw client, both answered"
                + " from memory on the calling thread by an in-process `HttpClient`, every call timed): a signed"
                + " place-order %.1f µs on average against the raw client's %.1f µs (%+.1f µs: Camel's exchange, the"
                + " request checks, the clientOid), a 100-ticker answer %.0f µs against %.0f µs (%+.0f µs; the component"
                + " reads about 1,900 numbers into `BigDecimal` fields, which the raw client's tree parse leaves as"
                + " text for its caller to convert).", order.get(), rawOrder.get(), order.get() - rawOrder.get(), tickers.get(),
                rawTickers.get(), tickers.get() - rawTickers.get());
        Optional<Double> orderP99 = p99("OverheadBenchmark.componentPlaceOrder");
        Optional<Double> rawOrderP99 = p99("OverheadBenchmark.rawPlaceOrder");
        Optional<Double> tickersP99 = p99("OverheadBenchmark.componentTickers");
        Optional<Double> rawTickersP99 = p99("OverheadBenchmark.rawTickers");
        if (orderP99.isPresent() && rawOrderP99.isPresent() && tickersP99.isPresent() && rawTickersP99.isPresent()) {
            text += String.format(Locale.ROOT, " At the 99th percentile: place-order %.1f µs against %.1f µs"
                    + " (%+.1f µs), 100 tickers %.0f µs against %.0f µs (%+.0f µs): the p99 overhead the component"
                    + " adds to a call, which the end-to-end p99 columns below cannot resolve, since there the"
                    + " difference between two rounds of the same client is larger.", orderP99.get(),
                    rawOrderP99.get(), orderP99.get() - rawOrderP99.get(), tickersP99.get(), rawTickersP99.get(),
                    tickersP99.get() - rawTickersP99.get());
        }
        return text + "\n\n";
    }

    /** Ticker pushes per second over one connection, the stream consumer and the raw listener round by round. */
    private String streamTable() {
        StringBuilder md = new StringBuilder("## Streaming\n\n")
                .append("Ticker pushes parsed and delivered per second over one WebSocket connection from a loopback")
                .append(" server that pushes as fast as the client reads (`StreamBenchmark`): `bitget:futures/stream/ticker`")
                .append(" delivering `FuturesTicker` records to a route, against a raw JDK WebSocket listener doing a")
                .append(" Jackson tree parse of each push. The two alternate, two rounds each.\n\n")
                .append("| Round | camel-bitget messages/s | raw WebSocket messages/s | Ratio |\n|---:|---:|---:|---:|\n");
        for (int i = 0; i + 1 < stream.size(); i += 2) {
            double ours = stream.get(i).path("messagesPerSecond").asDouble();
            double raw = stream.get(i + 1).path("messagesPerSecond").asDouble();
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |%n", i / 2 + 1, ours, raw, ours / raw));
        }
        return md.append("\n").toString();
    }

    /**
     * The bridge's orders per second for one account, Bitget's limits kept and raised: with them kept it should sit
     * at the account's limit (10 place-order calls/s, 5 batch calls/s of up to 50 orders) with zero 429s.
     */
    private String bridgeTable() {
        StringBuilder md = new StringBuilder("## Kafka order bridge\n\n")
                .append("Orders per second through `examples/kafka-order-bridge` to the simulator for one account,")
                .append(" from publishing the backlog to its last result on Kafka (`BridgeBenchmark`). With Bitget's")
                .append(" limits kept the simulator enforces them too and answers 429 beyond them; raised, the")
                .append(" component's limits are lifted to 10000/s and the simulator's are off.\n\n")
                .append("| Workload | Limits | Orders | Seconds | Orders/s | 429 answers | place-order calls/s, max |")
                .append(" batch calls/s, max |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode run : bridge) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %d | %d | %d |%n",
                    run.path("workload").asText(), run.path("limitsKept").asBoolean() ? "kept" : "raised",
                    run.path("orders").asInt(), run.path("seconds").asDouble(), run.path("ordersPerSecond").asDouble(),
                    run.path("tooManyRequests").asLong(), run.path("peakPlaceOrdersPerSecond").asInt(),
                    run.path("peakBatchCallsPerSecond").asInt()));
        }
        return md.append("\n").toString();
    }

    /**
     * Rows of one scenario: fixed size (sweep concurrency) or fixed concurrency (sweep size); the ratios and the p99
     * overhead are the component's against the blocking raw client, and against the raw client configured as the
     * component configures its own HttpClient.
     */
    private String loadTable(String title, String scenario, int size, Integer concurrency) {
        StringBuilder md = new StringBuilder("### ").append(title).append("\n\n")
                .append("| Threads | Tickers | camel-bitget calls/s | raw calls/s | raw async calls/s |")
                .append(" raw inline calls/s | Ratio to raw (rounds) | Ratio to raw inline (rounds) |")
                .append(" camel-bitget p99 µs | raw p99 µs | p99 overhead µs |")
                .append(" CPU µs per call (camel-bitget / raw / raw inline) |")
                .append(" Failed calls (camel-bitget / raw / raw async / raw inline) |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, LoadRun.Result[]> rows = new TreeMap<>();
        List<String> clients = List.of(COMPONENT, RAW, RAW_ASYNC, RAW_INLINE);
        for (LoadRun.Result result : load) {
            boolean matches = result.scenario().equals(scenario)
                              && (size < 0 || result.size() == size)
                              && (concurrency == null || result.concurrency() == concurrency);
            if (matches && clients.contains(result.client())) {
                String key = String.format("%05d-%05d", result.concurrency(), result.size());
                rows.computeIfAbsent(key, k -> new LoadRun.Result[clients.size()])[clients.indexOf(result.client())] =
                        result;
            }
        }
        for (LoadRun.Result[] row : rows.values()) {
            LoadRun.Result ours = row[0];
            LoadRun.Result raw = row[1];
            LoadRun.Result async = row[2];
            LoadRun.Result inline = row[3];
            if (ours != null && raw != null) {
                md.append(String.format(Locale.ROOT,
                        "| %d | %d | %.0f | %.0f | %s | %s | %s | %s | %.0f | %.0f | %.0f | %.0f / %.0f / %s |"
                        + " %d / %d / %s / %s |%n",
                        ours.concurrency(), ours.size(), ours.perSecond(), raw.perSecond(),
                        orDash(async, r -> String.format(Locale.ROOT, "%.0f", r.perSecond())),
                        orDash(inline, r -> String.format(Locale.ROOT, "%.0f", r.perSecond())),
                        ratio(ours, raw), orDash(inline, r -> ratio(ours, r)), ours.p99Micros(), raw.p99Micros(),
                        ours.p99Micros() - raw.p99Micros(), ours.cpuMicrosPerCall(), raw.cpuMicrosPerCall(),
                        orDash(inline, r -> String.format(Locale.ROOT, "%.0f", r.cpuMicrosPerCall())),
                        ours.failures(), raw.failures(), orDash(async, r -> Long.toString(r.failures())),
                        orDash(inline, r -> Long.toString(r.failures()))));
            }
        }
        return md.append('\n').toString();
    }

    private static String orDash(LoadRun.Result result, Function<LoadRun.Result, String> cell) {
        return result == null ? "–" : cell.apply(result);
    }

    /**
     * The throughput target (at least 0.95× the raw client) over every futures-ticker and place-order cell: the lowest
     * mean ratio, and every single round below 0.95.
     */
    private String targetCheck() {
        List<String> cells = new ArrayList<>();
        double lowest = Double.MAX_VALUE;
        String lowestCell = "";
        int roundsCompared = 0;
        List<String> roundsBelow = new ArrayList<>();
        for (LoadRun.Result ours : load) {
            if (!ours.client().equals(COMPONENT) || ours.scenario().equals(Scenario.SPOT_TICKER)) {
                continue;
            }
            Optional<LoadRun.Result> raw = find(ours.scenario(), ours.concurrency(), ours.size()).map(pair -> pair[1]);
            if (raw.isEmpty()) {
                continue;
            }
            String cell = String.format(Locale.ROOT, "%s, %d threads, %d per answer", ours.scenario(),
                    ours.concurrency(), ours.size());
            cells.add(cell);
            double ratio = ours.perSecond() / raw.get().perSecond();
            if (ratio < lowest) {
                lowest = ratio;
                lowestCell = cell;
            }
            for (double single : roundRatios(ours, raw.get())) {
                roundsCompared++;
                if (single < 0.95) {
                    roundsBelow.add(String.format(Locale.ROOT, "%s: %.2f", cell, single));
                }
            }
        }
        if (cells.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "**Throughput target (≥ 0.95× the raw client):** the lowest mean ratio of"
                + " the %d cells above is %.2f (%s); %d of %d single rounds are below 0.95%s.%n%n", cells.size(),
                lowest, lowestCell, roundsBelow.size(), roundsCompared,
                roundsBelow.isEmpty() ? "" : " (" + String.join("; ", roundsBelow) + ")");
    }

    /** The ratio of the means and, with more than one round, the lowest and highest ratio of one round. */
    private String ratio(LoadRun.Result ours, LoadRun.Result raw) {
        String mean = String.format(Locale.ROOT, "%.2f", ours.perSecond() / raw.perSecond());
        List<Double> perRound = roundRatios(ours, raw);
        if (perRound.size() < 2) {
            return mean;
        }
        return String.format(Locale.ROOT, "%s (%.2f–%.2f)", mean, perRound.stream().mapToDouble(d -> d).min()
                .orElseThrow(), perRound.stream().mapToDouble(d -> d).max().orElseThrow());
    }

    /** The ratio of the two clients' calls per second in each round. */
    private List<Double> roundRatios(LoadRun.Result ours, LoadRun.Result raw) {
        List<Double> perRound = new ArrayList<>();
        for (EndToEndBenchmark.Round a : rounds) {
            for (EndToEndBenchmark.Round b : rounds) {
                if (a.round() == b.round() && sameMeasurement(a.result(), ours) && sameMeasurement(b.result(), raw)) {
                    perRound.add(a.result().perSecond() / b.result().perSecond());
                }
            }
        }
        return perRound;
    }

    private static boolean sameMeasurement(LoadRun.Result a, LoadRun.Result b) {
        return a.client().equals(b.client()) && a.scenario().equals(b.scenario())
               && a.concurrency() == b.concurrency() && a.size() == b.size();
    }

    /** Throughput against concurrency of the component and the raw clients (futures tickers, 100 per answer). */
    private String chart() {
        List<LoadRun.Result> ours = sweep(COMPONENT);
        List<LoadRun.Result> raw = sweep(RAW);
        List<LoadRun.Result> rawAsync = sweep(RAW_ASYNC);
        List<LoadRun.Result> rawInline = sweep(RAW_INLINE);
        double max = 1;
        for (LoadRun.Result result : load) {
            if (result.scenario().equals("futures tickers") && result.size() == 100) {
                max = Math.max(max, result.perSecond());
            }
        }
        int width = 640;
        int height = 360;
        int left = 70;
        int bottom = 310;
        int plotWidth = 520;
        int plotHeight = 270;
        StringBuilder svg = new StringBuilder().append(String.format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                + " font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height));
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, bottom,
                left + plotWidth, bottom));
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, bottom,
                left, bottom - plotHeight));
        for (int i = 0; i <= 6; i++) {
            int x = left + i * plotWidth / 6;
            svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, bottom + 18,
                    1 << i));
        }
        for (int i = 0; i <= 4; i++) {
            int y = bottom - i * plotHeight / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>%n",
                    left - 6, y + 4, max * i / 4));
        }
        svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">concurrent callers</text>%n",
                left + plotWidth / 2, height - 12));
        svg.append(String.format("<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">"
                                 + "calls per second</text>%n", bottom - plotHeight / 2, bottom - plotHeight / 2));
        svg.append(line(ours, "#d9480f", max, left, bottom, plotWidth, plotHeight));
        svg.append(line(raw, "#1864ab", max, left, bottom, plotWidth, plotHeight));
        svg.append(line(rawAsync, "#2b8a3e", max, left, bottom, plotWidth, plotHeight));
        svg.append(line(rawInline, "#7048e8", max, left, bottom, plotWidth, plotHeight));
        svg.append("<text x=\"90\" y=\"40\" fill=\"#d9480f\">camel-bitget (ProducerTemplate)</text>\n");
        svg.append("<text x=\"90\" y=\"58\" fill=\"#1864ab\">raw JDK HttpClient (send)</text>\n");
        svg.append("<text x=\"90\" y=\"76\" fill=\"#2b8a3e\">raw JDK HttpClient (sendAsync, joined)</text>\n");
        svg.append("<text x=\"90\" y=\"94\" fill=\"#7048e8\">raw JDK HttpClient (send, answers completed inline)</text>\n");
        return svg.append("</svg>\n").toString();
    }

    private List<LoadRun.Result> sweep(String client) {
        List<LoadRun.Result> sweep = new ArrayList<>();
        for (LoadRun.Result result : load) {
            if (result.client().equals(client) && result.scenario().equals("futures tickers") && result.size() == 100
                && sweep.stream().noneMatch(r -> r.concurrency() == result.concurrency())) {
                sweep.add(result);
            }
        }
        return sweep;
    }

    private static String line(List<LoadRun.Result> points, String colour, double max, int left, int bottom,
                               int plotWidth, int plotHeight) {
        StringBuilder polyline = new StringBuilder("<polyline fill=\"none\" stroke=\"" + colour
                                                   + "\" stroke-width=\"2\" points=\"");
        for (LoadRun.Result point : points) {
            double x = left + (Math.log(point.concurrency()) / Math.log(2)) * plotWidth / 6;
            double y = bottom - point.perSecond() / max * plotHeight;
            polyline.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return polyline.append("\"/>\n").toString();
    }

    private Optional<LoadRun.Result[]> find(String scenario, int concurrency, int size) {
        LoadRun.Result[] pair = new LoadRun.Result[2];
        for (LoadRun.Result result : load) {
            if (result.scenario().equals(scenario) && result.concurrency() == concurrency && result.size() == size) {
                if (result.client().equals(COMPONENT)) {
                    pair[0] = result;
                } else if (result.client().equals(RAW)) {
                    pair[1] = result;
                }
            }
        }
        return pair[0] != null && pair[1] != null ? Optional.of(pair) : Optional.empty();
    }

    /** The 99th percentile of a benchmark measured in JMH's sample mode (every call timed). */
    private Optional<Double> p99(String suffix) {
        return benchmark(suffix).filter(benchmark -> "sample".equals(benchmark.path("mode").asText()))
                .map(benchmark -> benchmark.get("primaryMetric").path("scorePercentiles").path("99.0"))
                .filter(JsonNode::isNumber).map(JsonNode::asDouble);
    }

    private Optional<Double> micro(String suffix) {
        return benchmark(suffix).map(benchmark -> benchmark.get("primaryMetric").get("score").asDouble());
    }

    private Optional<JsonNode> benchmark(String suffix) {
        for (JsonNode benchmark : jmh) {
            if (benchmark.get("benchmark").asText().endsWith(suffix)) {
                return Optional.of(benchmark);
            }
        }
        return Optional.empty();
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
