package io.github.camelbitget.benchmarks;

import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A call's own cost, without the network: the component through a ProducerTemplate and the raw client, both answered
 * from memory by {@link InMemoryBitget} on the calling thread. What the component adds per call over the raw client
 * (Camel's exchange, request checks, typed records) is the difference between the two scores. Every call is timed
 * (JMH's sample mode), so the report has the p99 of each besides the mean. Three forks: on a shared machine one fork's
 * JIT and CPU luck moves these scores by a third.
 */
@State(Scope.Benchmark)
@Fork(3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OverheadBenchmark {

    private ComponentClient component;
    private RawClient raw;
    private Endpoint tickers;
    private Endpoint placeOrder;

    @Setup(Level.Trial)
    public void start() {
        InMemoryBitget bitget = new InMemoryBitget();
        component = new ComponentClient(InMemoryBitget.BASE_URL, bitget);
        raw = new RawClient(bitget, InMemoryBitget.BASE_URL, "bench-secret", RawClient.Style.SEND);
        tickers = component.endpoint("bitget:futures/tickers");
        placeOrder = component.endpoint("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01");
    }

    @TearDown(Level.Trial)
    public void stop() {
        component.close();
    }

    @Benchmark
    public Object componentTickers() {
        return component.call(tickers);
    }

    @Benchmark
    public Object rawTickers() throws Exception {
        return raw.futuresTickers();
    }

    @Benchmark
    public Object componentPlaceOrder() {
        return component.call(placeOrder);
    }

    @Benchmark
    public Object rawPlaceOrder() throws Exception {
        return raw.placeOrder();
    }
}
