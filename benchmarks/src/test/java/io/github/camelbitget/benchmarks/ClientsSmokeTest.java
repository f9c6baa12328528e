package io.github.camelbitget.benchmarks;

import java.util.List;

import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.SpotTicker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every client of the end-to-end run does one call of each scenario against the canned server, so that a change to
 * the component (a new probe, another path) breaks the build rather than the next benchmark run.
 */
class ClientsSmokeTest {

    private static CannedBitget server;
    private static ComponentClient component;
    private static String thousandTickers;

    @BeforeAll
    static void start() throws Exception {
        server = new CannedBitget();
        thousandTickers = CannedBitget.withTickers(server.baseUrl(), 1000);
        component = new ComponentClient(thousandTickers);
    }

    @AfterAll
    static void stop() throws Exception {
        component.close();
        server.close();
    }

    @Test
    void componentReadsTheCannedTickersAndPlacesAnOrder() {
        assertThat((List<?>) component.call("bitget:futures/tickers")).hasSize(1000)
                .allSatisfy(ticker -> assertThat(ticker).isInstanceOf(FuturesTicker.class));
        assertThat(component.call("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"))
                .isInstanceOf(OrderResult.class);
        assertThat((List<?>) component.call("bitget:spot/tickers?symbol=BTCUSDT")).singleElement()
                .isInstanceOf(SpotTicker.class);
    }

    @Test
    void baselineAndPeerReadTheSameAnswers() throws Exception {
        for (RawClient.Style style : RawClient.Style.values()) {
            RawClient raw = new RawClient(thousandTickers, "bench-secret", style);
            assertThat(raw.futuresTickers()).hasSize(1000);
            assertThat(new RawClient(server.baseUrl(), "bench-secret", style).futuresTickers())
                    .hasSize(CannedBitget.DEFAULT_TICKERS);
            assertThat(raw.placeOrder().path("orderId").asText()).isNotBlank();
            assertThat(raw.spotTicker()).hasSize(1);
        }
        assertThat(new XChangeClient(server.baseUrl()).spotTicker().getLast()).isPositive();
    }

    @Test
    void overheadBenchmarkClientsAreAnsweredFromMemory() throws Exception {
        InMemoryBitget bitget = new InMemoryBitget();
        try (ComponentClient inMemory = new ComponentClient(InMemoryBitget.BASE_URL, bitget)) {
            assertThat((List<?>) inMemory.call("bitget:futures/tickers")).hasSize(CannedBitget.DEFAULT_TICKERS);
            assertThat(inMemory.call("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"))
                    .isInstanceOf(OrderResult.class);
        }
        RawClient raw = new RawClient(bitget, InMemoryBitget.BASE_URL, "bench-secret", RawClient.Style.SEND);
        assertThat(raw.futuresTickers()).hasSize(CannedBitget.DEFAULT_TICKERS);
        assertThat(raw.placeOrder().path("orderId").asText()).isEqualTo("1251234567890123456");
    }

    @ParameterizedTest
    @EnumSource(ClientRun.Client.class)
    void everyClientCallsEachOfItsScenarios(ClientRun.Client client) throws Exception {
        assertThat(client.scenarios()).isNotEmpty();
        try (ClientRun run = new ClientRun(client, server.baseUrl())) {
            for (Scenario scenario : client.scenarios()) {
                run.call(scenario).call();
            }
        }
    }
}
