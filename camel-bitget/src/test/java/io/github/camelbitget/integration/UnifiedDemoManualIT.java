package io.github.camelbitget.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.model.AccountSettings;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.PositionMode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A real unified trading account in Bitget's demo trading, found by the default {@code accountType=auto}. Runs only
 * when BITGET_UTA_API_KEY, BITGET_UTA_SECRET_KEY and BITGET_UTA_PASSPHRASE hold a demo key of a unified account:
 * {@code mvn -pl camel-bitget verify -Dit.test=UnifiedDemoManualIT}. Places one limit buy far below the market and
 * cancels it.
 */
@EnabledIfEnvironmentVariable(named = "BITGET_UTA_API_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "BITGET_UTA_SECRET_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "BITGET_UTA_PASSPHRASE", matches = ".+")
class UnifiedDemoManualIT extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setApiKey(System.getenv("BITGET_UTA_API_KEY"));
        bitget.getConfiguration().setSecretKey(System.getenv("BITGET_UTA_SECRET_KEY"));
        bitget.getConfiguration().setPassphrase(System.getenv("BITGET_UTA_PASSPHRASE"));
        bitget.getConfiguration().setMode("demo");
        context.addComponent("bitget", bitget);
        return context;
    }

    @Test
    void readsAreRoutedToTheUnifiedApi() {
        Exchange accounts = template.request("bitget:futures/accounts", null);
        AccountSettings settings = template.requestBody("bitget:futures/accountSettings", (Object) null,
                AccountSettings.class);
        List<?> positions = template.requestBody("bitget:futures/positions", (Object) null, List.class);
        List<?> pending = template.requestBody("bitget:futures/pendingOrders", (Object) null, List.class);

        assertThat(accounts.getException()).isNull();
        assertThat(accounts.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.UNIFIED);
        assertThat(settings.accountMode()).isIn("unified", "hybrid");
        assertThat(positions).isNotNull();
        assertThat(pending).isNotNull();
    }

    @Test
    void aLimitOrderFarFromTheMarketIsPlacedFoundAndCancelled() {
        List<FuturesTicker> tickers = template.requestBody("bitget:futures/tickers?symbol=BTCUSDT", (Object) null,
                List.class);
        BigDecimal price = tickers.get(0).lastPr().multiply(new BigDecimal("0.7")).setScale(0, RoundingMode.DOWN);
        AccountSettings settings = template.requestBody("bitget:futures/accountSettings", (Object) null,
                AccountSettings.class);
        String tradeSide = settings.holdMode() == PositionMode.HEDGE ? "&tradeSide=open" : "";

        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.001&orderType=limit"
                             + "&clientOid=cb-uta-manual-1&price=" + price + tradeSide, (Object) null);
        FuturesOrder order = template.requestBody("bitget:futures/orderDetail?symbol=BTCUSDT&clientOid=cb-uta-manual-1",
                (Object) null, FuturesOrder.class);
        template.requestBody("bitget:futures/cancelOrder?symbol=BTCUSDT&clientOid=cb-uta-manual-1", (Object) null);

        assertThat(order.side().wireValue()).isEqualTo("buy");
        assertThat(order.price()).isEqualByComparingTo(price);
        assertThat(order.status()).isIn("live", "partially_filled");
    }
}
