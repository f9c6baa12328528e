package io.github.camelbitget.benchmarks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Turning option values (as headers and URI options deliver them) into a checked request: defaults, validation,
 * generated clientOid, the JSON body written once.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestBuildingBenchmark {

    private final Map<String, Object> order = Map.of("symbol", "BTCUSDT", "side", "buy", "size",
            new BigDecimal("0.01"), "orderType", "limit", "price", "76000.5");
    private final Map<String, Object> candles = Map.of("symbol", "ETHUSDT", "granularity", "15m", "limit", 24);

    @Benchmark
    public PreparedRequest placeOrder() {
        return RequestPreparer.prepare(Operation.FUTURES_PLACE_ORDER, Mode.LIVE, order);
    }

    @Benchmark
    public PreparedRequest candles() {
        return RequestPreparer.prepare(Operation.FUTURES_CANDLES, Mode.LIVE, candles);
    }
}
