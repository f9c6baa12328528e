package io.github.camelbitget.simulator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static io.github.camelbitget.simulator.BitgetTestClient.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorMainTest {

    @Test
    void printsTheListeningLineFirstAndAppliesTheOptions() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String[] args = {"--port", "0", "--prices", "BTCUSDT=70000,ethusdt=3000", "--balance", "USDT=5000",
                "--position-mode", "hedge", "--rate-limits=off", "--walk-interval-ms", "0", "--seed", "9"};
        try (BitgetSimulator simulator = SimulatorMain.start(args, new PrintStream(captured, true, StandardCharsets.UTF_8))) {
            String firstLine = captured.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(firstLine).isEqualTo("Bitget simulator listening on http://127.0.0.1:" + simulator.port());

            BitgetTestClient client = new BitgetTestClient(simulator.baseUrl());
            assertThat(client.publicGet("/api/v2/mix/market/ticker", query("symbol", "ETHUSDT", "productType", "USDT-FUTURES"))
                    .data().get(0).get("lastPr").asText()).isEqualTo("3000");
            assertThat(client.get("/api/v2/mix/account/account", query("symbol", "BTCUSDT", "productType", "USDT-FUTURES",
                    "marginCoin", "USDT")).data().get("posMode").asText()).isEqualTo("hedge_mode");
            assertThat(simulator.account().spotAvailable("USDT")).isEqualByComparingTo(new BigDecimal("5000"));
            assertThat(simulator.rateLimitsEnabled()).isFalse();
        }
    }

    @Test
    void accountTypeUnifiedServesTheDefaultKeyOnV3() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String[] args = {"--port", "0", "--account-type", "unified", "--walk-interval-ms", "0"};
        try (BitgetSimulator simulator = SimulatorMain.start(args, new PrintStream(captured, true, StandardCharsets.UTF_8))) {
            assertThat(captured.toString(StandardCharsets.UTF_8)).contains("unified account, v3");
            BitgetTestClient client = new BitgetTestClient(simulator.baseUrl());
            assertThat(client.get("/api/v3/account/settings").data().get("accountMode").asText()).isEqualTo("unified");
            assertThat(client.get("/api/v2/spot/account/assets").code()).isEqualTo("40085");
        }
    }

    @Test
    void rejectsUnknownOptionsAndBadValues() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--colour", "red"})).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--position-mode", "both"})).hasMessageContaining("one_way or hedge");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--prices", "BTCUSDT"})).hasMessageContaining("NAME=NUMBER");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--account-type", "hybrid"})).hasMessageContaining("classic or unified");
    }
}
