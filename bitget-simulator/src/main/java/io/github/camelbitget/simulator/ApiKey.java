package io.github.camelbitget.simulator;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * API credentials the simulator accepts, and the environments they are valid in. A live-only key used with
 * {@code paptrading: 1}, or a demo-only key without it, is answered with {@code 40099}.
 */
public record ApiKey(String apiKey, String secretKey, String passphrase, Set<Environment> environments) {

    /** The default credentials, valid for live and demo. */
    public static final ApiKey DEFAULT = of("sim-api-key", "sim-secret-key", "sim-passphrase");

    public ApiKey {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
        if (environments == null || environments.isEmpty()) {
            throw new IllegalArgumentException("an API key needs at least one environment");
        }
        environments = Set.copyOf(environments);
    }

    /** A key valid for live and demo trading. */
    public static ApiKey of(String apiKey, String secretKey, String passphrase) {
        return new ApiKey(apiKey, secretKey, passphrase, EnumSet.allOf(Environment.class));
    }

    public static ApiKey liveOnly(String apiKey, String secretKey, String passphrase) {
        return new ApiKey(apiKey, secretKey, passphrase, EnumSet.of(Environment.LIVE));
    }

    public static ApiKey demoOnly(String apiKey, String secretKey, String passphrase) {
        return new ApiKey(apiKey, secretKey, passphrase, EnumSet.of(Environment.DEMO));
    }

    @Override
    public String toString() {
        return "ApiKey[apiKey=" + apiKey + ", environments=" + environments + "]";
    }
}
