package io.github.camelbitget.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.ResultType;
import io.github.camelbitget.model.FuturesTicker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reading answers into records: a 600-ticker futures list and a 50-level order book, against the baselines of a
 * Jackson tree parse (what a minimal client does) and plain Jackson databind into the same records.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParsingBenchmark {

    private final byte[] tickers = Payloads.futuresTickers(600).getBytes();
    private final byte[] orderBook = Payloads.orderBook(50).getBytes();
    private final ObjectMapper plain = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ObjectReader plainTickers = plain.readerFor(
            plain.getTypeFactory().constructCollectionType(List.class, FuturesTicker.class));

    @Benchmark
    public Object tickersIntoRecords() throws IOException {
        return read(Operation.FUTURES_TICKERS.resultType(), tickers);
    }

    @Benchmark
    public JsonNode tickersTreeBaseline() throws IOException {
        return plain.readTree(tickers);
    }

    @Benchmark
    public Object tickersPlainDatabind() throws IOException {
        return plainTickers.readValue(tickers);
    }

    @Benchmark
    public Object orderBookIntoRecords() throws IOException {
        return read(Operation.FUTURES_ORDERBOOK.resultType(), orderBook);
    }

    @Benchmark
    public JsonNode orderBookTreeBaseline() throws IOException {
        return plain.readTree(orderBook);
    }

    private static Object read(ResultType type, byte[] json) throws IOException {
        try (JsonParser parser = BitgetJson.MAPPER.createParser(json)) {
            parser.nextToken();
            return type.read(parser).value();
        }
    }
}
