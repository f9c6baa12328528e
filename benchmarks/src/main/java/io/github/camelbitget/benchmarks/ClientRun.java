package io.github.camelbitget.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Endpoint;

/**
 * One client's share of the end-to-end run, in a JVM of its own so that no other client's garbage, threads or JIT
 * profile weigh on it: every call it makes runs untimed first (the JIT's warm-up), then its scenarios are measured
 * one after the other. Started by {@link EndToEndBenchmark}; writes its results as JSON. Usage:
 * {@code ClientRun <client> <canned server base URL> <output file>}.
 */
public final class ClientRun implements AutoCloseable {

    /** The clients of the end-to-end run and what each of them measures. */
    enum Client {
        COMPONENT(Report.COMPONENT, Scenario.tickersByConcurrency(), Scenario.tickersBySize(), Scenario.orders(),
                Scenario.spotTicker()),
        RAW(Report.RAW, Scenario.tickersByConcurrency(), Scenario.tickersBySize(), Scenario.orders(),
                Scenario.spotTicker()),
        RAW_ASYNC(Report.RAW_ASYNC, Scenario.tickersByConcurrency(), Scenario.orders()),
        RAW_INLINE(Report.RAW_INLINE, Scenario.tickersByConcurrency(), Scenario.orders()),
        XCHANGE("XChange 5.2.1", Scenario.spotTicker());

        private final String label;
        private final List<Scenario> scenarios = new ArrayList<>();

        @SafeVarargs
        Client(String label, List<Scenario>... scenarios) {
            this.label = label;
            for (List<Scenario> group : scenarios) {
                this.scenarios.addAll(group);
            }
        }

        String label() {
            return label;
        }

        List<Scenario> scenarios() {
            return List.copyOf(scenarios);
        }
    }

    private final Client client;
    private final String baseUrl;
    private final Map<String, ComponentClient> components = new HashMap<>();
    private final Map<String, RawClient> raws = new HashMap<>();
    private XChangeClient xchange;

    ClientRun(Client client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        Client client = Client.valueOf(args[0]);
        try (ClientRun run = new ClientRun(client, args[1])) {
            List<LoadRun.Result> results = run.measure(Duration.ofSeconds(Long.getLong("bench.warmup", 2)),
                    Duration.ofSeconds(Long.getLong("bench.measure", 3)),
                    Duration.ofSeconds(Long.getLong("bench.jitWarmup", 8)));
            new ObjectMapper().writeValue(Path.of(args[2]).toFile(), results);
        }
    }

    private List<LoadRun.Result> measure(Duration warmUp, Duration measure, Duration jitWarmUp) throws Exception {
        List<Scenario> scenarios = client.scenarios();
        Set<String> calls = new LinkedHashSet<>();
        scenarios.forEach(scenario -> calls.add(scenario.name()));
        for (String name : calls) {
            LoadRun.run("warm-up", name, 4, 0, call(new Scenario(name, 4, CannedBitget.DEFAULT_TICKERS)),
                    Duration.ZERO, jitWarmUp);
        }
        List<LoadRun.Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            LoadRun.Result result = LoadRun.run(client.label(), scenario.name(), scenario.concurrency(),
                    scenario.size(), call(scenario), warmUp, measure);
            results.add(result);
            System.out.printf("%-20s %-16s c=%-3d n=%-5d %10.0f/s p50=%8.1fus p99=%8.1fus cpu=%6.1fus/call failed=%d%n",
                    result.client(), result.scenario(), result.concurrency(), result.size(), result.perSecond(),
                    result.p50Micros(), result.p99Micros(), result.cpuMicrosPerCall(), result.failures());
        }
        return results;
    }

    /** The client's call for the scenario (the same client object for every scenario with the same server URL). */
    LoadRun.Call call(Scenario scenario) {
        String url = scenario.name().equals(Scenario.FUTURES_TICKERS)
                ? CannedBitget.withTickers(baseUrl, scenario.size()) : baseUrl;
        return switch (client) {
            case COMPONENT -> componentCall(components.computeIfAbsent(url, ComponentClient::new), scenario);
            case RAW, RAW_ASYNC, RAW_INLINE -> rawCall(raws.computeIfAbsent(url,
                    root -> new RawClient(root, "bench-secret", rawStyle())), scenario);
            case XCHANGE -> {
                if (xchange == null) {
                    xchange = new XChangeClient(url);
                }
                yield xchange::spotTicker;
            }
        };
    }

    private RawClient.Style rawStyle() {
        return switch (client) {
            case RAW_ASYNC -> RawClient.Style.SEND_ASYNC;
            case RAW_INLINE -> RawClient.Style.SEND_INLINE;
            default -> RawClient.Style.SEND;
        };
    }

    @Override
    public void close() {
        components.values().forEach(ComponentClient::close);
    }

    private static LoadRun.Call componentCall(ComponentClient component, Scenario scenario) {
        Endpoint endpoint = component.endpoint(switch (scenario.name()) {
            case Scenario.FUTURES_TICKERS -> "bitget:futures/tickers";
            case Scenario.PLACE_ORDER -> "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01";
            default -> "bitget:spot/tickers?symbol=BTCUSDT";
        });
        return () -> component.call(endpoint);
    }

    private static LoadRun.Call rawCall(RawClient raw, Scenario scenario) {
        return switch (scenario.name()) {
            case Scenario.FUTURES_TICKERS -> raw::futuresTickers;
            case Scenario.PLACE_ORDER -> raw::placeOrder;
            default -> raw::spotTicker;
        };
    }
}
