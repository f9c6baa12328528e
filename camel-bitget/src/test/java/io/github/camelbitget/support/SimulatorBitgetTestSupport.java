package io.github.camelbitget.support;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camel tests against the bitget-simulator: an exchange with balances, order books, fills and positions, where
 * WireMock only proves the bytes. The component runs with its defaults (clock sync, rate limits, retries) and the
 * simulator's default key; every test starts from a fresh exchange.
 */
public abstract class SimulatorBitgetTestSupport extends CamelTestSupport {

    @RegisterExtension
    protected static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension();

    @BeforeEach
    void freshExchange() {
        BITGET.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ApiKey key = BITGET.apiKey();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setBaseUrl(BITGET.baseUrl());
        bitget.getConfiguration().setApiKey(key.apiKey());
        bitget.getConfiguration().setSecretKey(key.secretKey());
        bitget.getConfiguration().setPassphrase(key.passphrase());
        context.addComponent("bitget", bitget);
        return context;
    }
}
