package io.github.camelbitget.support;

import java.util.Locale;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.simulator.AccountType;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camel tests against the bitget-simulator: an exchange with balances, order books, fills and positions, where
 * WireMock only proves the bytes; stream consumers connect to its WebSocket. The component runs with its defaults
 * (clock sync, rate limits, retries, account type auto) and the simulator's default key; every test starts from a
 * fresh exchange. The key belongs to a classic
 * account, or to a unified trading account when system property {@code bitget.test.accountType} is {@code unified}:
 * the build runs these tests once for each kind.
 */
public abstract class SimulatorBitgetTestSupport extends CamelTestSupport {

    /** The kind of account under test. */
    protected static final AccountType ACCOUNT_TYPE = AccountType.valueOf(
            System.getProperty("bitget.test.accountType", "classic").toUpperCase(Locale.ROOT));

    @RegisterExtension
    protected static final BitgetSimulatorExtension BITGET = ACCOUNT_TYPE == AccountType.UNIFIED
            ? BitgetSimulatorExtension.unified() : new BitgetSimulatorExtension();

    /** Bitget's path of an operation for the kind of account under test (v3 for a unified one's private calls). */
    protected static String pathOf(Operation operation) {
        return ACCOUNT_TYPE == AccountType.UNIFIED && operation.unified().isV3()
                ? operation.unified().path() : operation.path();
    }

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
        bitget.getConfiguration().setWebSocketUrl(BITGET.simulator().webSocketUrl());
        bitget.getConfiguration().setApiKey(key.apiKey());
        bitget.getConfiguration().setSecretKey(key.secretKey());
        bitget.getConfiguration().setPassphrase(key.passphrase());
        context.addComponent("bitget", bitget);
        return context;
    }
}
