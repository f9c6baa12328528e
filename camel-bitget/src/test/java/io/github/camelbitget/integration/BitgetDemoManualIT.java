package io.github.camelbitget.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.model.Contract;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.ServerTime;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Read-only calls against real Bitget demo trading. Runs only when BITGET_API_KEY, BITGET_SECRET_KEY and
 * BITGET_PASSPHRASE hold a demo API key: {@code mvn -pl camel-bitget verify -Dit.test=BitgetDemoManualIT}.
 */
@EnabledIfEnvironmentVariable(named = "BITGET_API_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "BITGET_SECRET_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "BITGET_PASSPHRASE", matches = ".+")
class BitgetDemoManualIT extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setApiKey(System.getenv("BITGET_API_KEY"));
        bitget.getConfiguration().setSecretKey(System.getenv("BITGET_SECRET_KEY"));
        bitget.getConfiguration().setPassphrase(System.getenv("BITGET_PASSPHRASE"));
        bitget.getConfiguration().setMode("demo");
        context.addComponent("bitget", bitget);
        return context;
    }

    @Test
    void publicMarketData() {
        ServerTime time = template.requestBody("bitget:futures/serverTime", (Object) null, ServerTime.class);
        List<FuturesTicker> tickers = template.requestBody("bitget:futures/tickers?symbol=BTCUSDT", (Object) null,
                List.class);
        List<Contract> contracts = template.requestBody("bitget:futures/contracts?symbol=BTCUSDT", (Object) null,
                List.class);

        assertThat(time.serverTime()).isCloseTo(System.currentTimeMillis(),
                org.assertj.core.data.Offset.offset(60_000L));
        assertThat(tickers).singleElement().satisfies(t -> assertThat(t.lastPr()).isPositive());
        assertThat(contracts.get(0).priceTick()).isPositive();
    }

    @Test
    void privateReadsInDemoMode() {
        List<FuturesAccount> accounts = template.requestBody("bitget:futures/accounts", (Object) null, List.class);
        List<?> positions = template.requestBody("bitget:futures/positions", (Object) null, List.class);
        List<?> pending = template.requestBody("bitget:futures/pendingOrders", (Object) null, List.class);

        assertThat(accounts).isNotEmpty();
        assertThat(positions).isNotNull();
        assertThat(pending).isNotNull();
    }
}
