package io.github.camelbitget.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.camelbitget.client.BitgetSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Signing one private request (target: under 2 µs): a place-order POST and a GET with a query. */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {

    private static final String BODY = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":"
                                       + "\"isolated\",\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"side\":\"buy\","
                                       + "\"orderType\":\"market\",\"force\":\"gtc\",\"clientOid\":"
                                       + "\"cb0123456789abcdef0123456789abcd\"}";

    private final BitgetSigner signer = new BitgetSigner("bg-test-secret-0123456789");

    @Benchmark
    public String signPlaceOrder() {
        return signer.sign("1700000000000", "POST", "/api/v2/mix/order/place-order", "", BODY);
    }

    @Benchmark
    public String signQuery() {
        return signer.sign("1700000000000", "GET", "/api/v2/mix/position/all-position",
                "marginCoin=USDT&productType=USDT-FUTURES", "");
    }
}
