package io.github.camelbitget.simulator;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.price("BTCUSDT", "50000"));

    private static int firstPort;

    @Test
    @Order(1)
    void stateSurvivesBetweenTestsOfAClass(BitgetSimulator simulator) {
        assertThat(simulator).isSameAs(BITGET.simulator());
        assertThat(simulator.price("BTCUSDT")).isEqualByComparingTo("50000");
        firstPort = simulator.port();
        new BitgetTestClient(BITGET.baseUrl()).post("/api/v2/mix/order/place-order", body("symbol", "BTCUSDT",
                "productType", "USDT-FUTURES", "marginMode", "crossed", "marginCoin", "USDT", "size", "0.01",
                "side", "buy", "orderType", "market"));
        simulator.setPrice("BTCUSDT", "51000");
    }

    @Test
    @Order(2)
    void resetRestoresTheConfiguredStartOnTheSamePort() {
        BitgetSimulator simulator = BITGET.simulator();
        assertThat(simulator.port()).isEqualTo(firstPort);
        assertThat(simulator.account().positions()).hasSize(1);
        simulator.faults().serverError("*", 500);
        simulator.addAccount(ApiKey.of("kept-key", "s", "p"));

        BITGET.reset();
        assertThat(simulator.account().positions()).isEmpty();
        assertThat(simulator.price("BTCUSDT")).isEqualByComparingTo("50000");
        assertThat(simulator.faults().active()).isEmpty();
        assertThat(simulator.requestLog().all()).isEmpty();
        assertThat(simulator.account("kept-key", Environment.DEMO).spotAvailable("USDT")).isEqualByComparingTo(new BigDecimal("100000"));
    }

    @Test
    @Order(3)
    void unifiedExtensionMakesTheDefaultKeyUnified() throws Exception {
        BitgetSimulatorExtension unified = BitgetSimulatorExtension.unified(b -> b.price("BTCUSDT", "60000"));
        unified.beforeAll(null);
        try {
            assertThat(unified.simulator().account().accountType()).isEqualTo(AccountType.UNIFIED);
            assertThat(unified.simulator().account(Environment.DEMO).accountType()).isEqualTo(AccountType.UNIFIED);
            assertThat(unified.simulator().price("BTCUSDT")).isEqualByComparingTo("60000");
        } finally {
            unified.afterAll(null);
        }
    }
}
