package io.github.camelbitget.benchmarks;

import java.util.List;

import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.SpotTicker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every client of the end-to-end run does one call of each scenario against the canned server, so that a change to
 * the component (a new probe, another path) breaks the build rather than the next benchmark run.
 */
class ClientsSmokeTest {

    private static CannedBitget server;
    private static ComponentClient component;

    @BeforeAll
    static void start() throws Exception {
        server = new CannedBitget();
        component = new ComponentClient(server.baseUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        component.close();
        server.close();
    }

    @Test
    void componentReadsTheCannedTickersAndPlacesAnOrder() {
        server.tickerCount(1000);
        assertThat((List<?>) component.call("bitget:futures/tickers")).hasSize(1000)
                .allSatisfy(ticker -> assertThat(ticker).isInstanceOf(FuturesTicker.class));
        assertThat(component.call("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"))
                .isInstanceOf(OrderResult.class);
        assertThat((List<?>) component.call("bitget:spot/tickers?symbol=BTCUSDT")).singleElement()
                .isInstanceOf(SpotTicker.class);
    }

    @Test
    void baselineAndPeerReadTheSameAnswers() throws Exception {
        server.tickerCount(1000);
        for (boolean async : new boolean[] { false, true }) {
            RawClient raw = new RawClient(server.baseUrl(), "bench-secret", async);
            assertThat(raw.futuresTickers()).hasSize(1000);
            assertThat(raw.placeOrder().path("orderId").asText()).isNotBlank();
            assertThat(raw.spotTicker()).hasSize(1);
        }
        assertThat(new XChangeClient(server.baseUrl()).spotTicker().getLast()).isPositive();
    }
}
