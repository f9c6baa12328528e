package io.github.camelbitget.simulator;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * API credentials the simulator accepts, the environments they are valid in and the kind of account they
 * belong to. A live-only key used with {@code paptrading: 1}, or a demo-only key without it, is answered with
 * {@code 40099}; a classic key on a private v3 endpoint with {@code 40084}, a unified key on a private v2
 * endpoint with {@code 40085}.
 */
public record ApiKey(String apiKey, String secretKey, String passphrase, Set<Environment> environments,
                     AccountType accountType) {

    /** The default credentials, valid for live and demo, of a classic account. */
    public static final ApiKey DEFAULT = of("sim-api-key", "sim-secret-key", "sim-passphrase");

    public ApiKey {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
        Objects.requireNonNull(accountType, "accountType");
        if (environments == null || environments.isEmpty()) {
            throw new IllegalArgumentException("an API key needs at least one environment");
        }
        environments = Set.copyOf(environments);
    }

    /** A key of a classic account. */
    public ApiKey(String apiKey, String secretKey, String passphrase, Set<Environment> environments) {
        this(apiKey, secretKey, passphrase, environments, AccountType.CLASSIC);
    }

    /** A classic account's key valid for live and demo trading. */
    public static ApiKey of(String apiKey, String secretKey, String passphrase) {
        return new ApiKey(apiKey, secretKey, passphrase, EnumSet.allOf(Environment.class));
    }

    /** A unified trading account's key valid for live and demo trading: it speaks v3 only. */
    public static ApiKey unified(String apiKey, String secretKey, String passphrase) {
        return of(apiKey, secretKey, passphrase).withAccountType(AccountType.UNIFIED);
    }

    public static ApiKey liveOnly(String apiKey, String secretKey, String passphrase) {
        return new ApiKey(apiKey, secretKey, passphrase, EnumSet.of(Environment.LIVE));
    }

    public static ApiKey demoOnly(String apiKey, String secretKey, String passphrase) {
        return new ApiKey(apiKey, secretKey, passphrase, EnumSet.of(Environment.DEMO));
    }

    /** The same credentials for an account of {@code type}. */
    public ApiKey withAccountType(AccountType type) {
        return new ApiKey(apiKey, secretKey, passphrase, environments, type);
    }

    @Override
    public String toString() {
        return "ApiKey[apiKey=" + apiKey + ", environments=" + environments + ", accountType=" + accountType + "]";
    }
}
