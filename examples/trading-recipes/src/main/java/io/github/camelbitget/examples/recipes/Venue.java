package io.github.camelbitget.examples.recipes;

import java.time.Duration;
import java.util.Map;

import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;

/**
 * Where the recipes trade: Bitget itself when BITGET_API_KEY, BITGET_SECRET_KEY and BITGET_PASSPHRASE are set (demo
 * trading unless BITGET_MODE=live), otherwise the bitget-simulator started in this process.
 */
final class Venue implements AutoCloseable {

    private final Map<String, String> componentProperties;
    private final BitgetSimulator simulator;

    private Venue(Map<String, String> componentProperties, BitgetSimulator simulator) {
        this.componentProperties = componentProperties;
        this.simulator = simulator;
    }

    static Venue choose(Map<String, String> environment) {
        String apiKey = environment.get("BITGET_API_KEY");
        String secretKey = environment.get("BITGET_SECRET_KEY");
        String passphrase = environment.get("BITGET_PASSPHRASE");
        if (isSet(apiKey) && isSet(secretKey) && isSet(passphrase)) {
            String mode = "live".equalsIgnoreCase(environment.get("BITGET_MODE")) ? "live" : "demo";
            return new Venue(Map.of(
                    "camel.component.bitget.api-key", apiKey,
                    "camel.component.bitget.secret-key", secretKey,
                    "camel.component.bitget.passphrase", passphrase,
                    "camel.component.bitget.mode", mode), null);
        }
        BitgetSimulator simulator = BitgetSimulator.builder().port(0).walkInterval(Duration.ofMillis(500)).build()
                .start();
        ApiKey key = ApiKey.DEFAULT;
        return new Venue(Map.of(
                "camel.component.bitget.base-url", simulator.baseUrl(),
                "camel.component.bitget.api-key", key.apiKey(),
                "camel.component.bitget.secret-key", key.secretKey(),
                "camel.component.bitget.passphrase", key.passphrase(),
                "camel.component.bitget.mode", "live"), simulator);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The component options that point the routes at this venue (they hold the credentials: never log them). */
    Map<String, String> componentProperties() {
        return componentProperties;
    }

    /** The embedded simulator, or null when trading on Bitget. */
    BitgetSimulator simulator() {
        return simulator;
    }

    String describe() {
        return simulator != null
                ? "the embedded Bitget simulator at " + simulator.baseUrl() + " (no keys configured)"
                : "Bitget (" + componentProperties.get("camel.component.bitget.mode") + " trading)";
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
