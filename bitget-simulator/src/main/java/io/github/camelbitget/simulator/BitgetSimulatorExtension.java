package io.github.camelbitget.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.function.Consumer;

/**
 * JUnit 5 extension that runs a {@link BitgetSimulator} on a free port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension(b -> b.positionMode(PositionMode.HEDGE));
 *
 * @BeforeEach
 * void freshState() {
 *     BITGET.reset();                       // optional: per-test state
 * }
 *
 * @Test
 * void trades() {
 *     String baseUrl = BITGET.baseUrl();    // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * Registered on a static field, one simulator serves the whole test class (fresh for each class); on an
 * instance field, every test gets its own. Test methods may also declare a {@link BitgetSimulator} parameter.
 * {@link #unified()} (or {@code b -> b.accountType(AccountType.UNIFIED)}) makes the default key a unified
 * trading account, so the same tests can run against the v3 API.
 */
public final class BitgetSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Consumer<BitgetSimulator.Builder> configuration;
    private BitgetSimulator simulator;
    private boolean perClass;

    public BitgetSimulatorExtension() {
        this(builder -> { });
    }

    /** @param configuration adjusts the builder (prices, balances, keys, ...); the port is always a free one */
    public BitgetSimulatorExtension(Consumer<BitgetSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /** A simulator whose default key belongs to a unified trading account (v3 API). */
    public static BitgetSimulatorExtension unified() {
        return unified(builder -> { });
    }

    /** A simulator whose default key belongs to a unified trading account, configured further by {@code configuration}. */
    public static BitgetSimulatorExtension unified(Consumer<BitgetSimulator.Builder> configuration) {
        return new BitgetSimulatorExtension(configuration.andThen(builder -> builder.accountType(AccountType.UNIFIED)));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        simulator = newSimulator();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            simulator = newSimulator();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == BitgetSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }

    public BitgetSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while a test of the registering class runs");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    /** {@code ws://127.0.0.1:<port>}; add {@code /v2/ws/public} or {@code /v2/ws/private}. */
    public String webSocketUrl() {
        return simulator().webSocketUrl();
    }

    /** Default credentials: {@code sim-api-key} / {@code sim-secret-key} / {@code sim-passphrase}. */
    public ApiKey apiKey() {
        return ApiKey.DEFAULT;
    }

    /** Fresh exchange state for the next test; see {@link BitgetSimulator#reset()}. */
    public void reset() {
        simulator().reset();
    }

    private BitgetSimulator newSimulator() {
        BitgetSimulator.Builder builder = BitgetSimulator.builder();
        configuration.accept(builder);
        return builder.port(0).build().start();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
