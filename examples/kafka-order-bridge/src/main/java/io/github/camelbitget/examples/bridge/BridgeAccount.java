package io.github.camelbitget.examples.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A Bitget account the bridge trades for, configured as {@code bridge.accounts.<id>.api-key}, {@code .secret-key},
 * {@code .passphrase}, {@code .mode} (live or demo, default demo) and optionally {@code .rate-limit-overrides} (for
 * accounts with lower limits, e.g. {@code placeOrder=5}). The id is the Kafka message key of the account's intents and
 * names its component, {@code bitget-<id>}: lower-case letters, digits and dashes.
 */
public record BridgeAccount(String id, String apiKey, String secretKey, String passphrase, String mode,
                            String rateLimitOverrides) {

    public static final String PREFIX = "bridge.accounts.";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    /** The accounts in {@code bridge.accounts.*} properties, by id. */
    public static List<BridgeAccount> fromProperties(Properties properties) {
        Map<String, Map<String, String>> byId = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String rest = name.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0) {
                throw new IllegalArgumentException("Invalid property '" + name + "'; expected " + PREFIX
                                                   + "<id>.api-key and the like");
            }
            byId.computeIfAbsent(rest.substring(0, dot), id -> new TreeMap<>())
                    .put(rest.substring(dot + 1), properties.getProperty(name));
        }
        List<BridgeAccount> accounts = new ArrayList<>();
        byId.forEach((id, fields) -> accounts.add(of(id, fields)));
        return accounts;
    }

    private static BridgeAccount of(String id, Map<String, String> fields) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid account id '" + id + "': use 1 to 32 lower-case letters,"
                                               + " digits and dashes (it is the Kafka key and part of a Camel URI)");
        }
        for (String field : fields.keySet()) {
            if (!List.of("api-key", "secret-key", "passphrase", "mode", "rate-limit-overrides").contains(field)) {
                throw new IllegalArgumentException("Unknown property " + PREFIX + id + "." + field);
            }
        }
        String mode = fields.getOrDefault("mode", "demo");
        if (!"live".equals(mode) && !"demo".equals(mode)) {
            throw new IllegalArgumentException(PREFIX + id + ".mode must be live or demo, got '" + mode + "'");
        }
        BridgeAccount account = new BridgeAccount(id, fields.get("api-key"), fields.get("secret-key"),
                fields.get("passphrase"), mode, fields.get("rate-limit-overrides"));
        for (String required : List.of("api-key", "secret-key", "passphrase")) {
            String value = fields.get(required);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("Account '" + id + "' needs " + PREFIX + id + "." + required);
            }
        }
        return account;
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "BridgeAccount[" + id + ", " + mode + "]";
    }
}
