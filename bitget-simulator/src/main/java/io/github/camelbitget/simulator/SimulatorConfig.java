package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything {@link BitgetSimulator.Builder} collects; {@link BitgetSimulator#reset()} rebuilds the state from it. */
record SimulatorConfig(
        int port,
        long seed,
        Map<String, BigDecimal> prices,
        Map<String, BigDecimal> balances,
        PositionMode positionMode,
        boolean rateLimits,
        Duration walkInterval,
        List<ApiKey> apiKeys,
        StreamSettings streams) {

    SimulatorConfig {
        // insertion order is the listing order of symbols and coins
        prices = Collections.unmodifiableMap(new LinkedHashMap<>(prices));
        balances = Collections.unmodifiableMap(new LinkedHashMap<>(balances));
        apiKeys = List.copyOf(apiKeys);
    }

    SimulatorConfig withApiKey(ApiKey key) {
        List<ApiKey> keys = new ArrayList<>(apiKeys);
        keys.removeIf(existing -> existing.apiKey().equals(key.apiKey()));
        keys.add(key);
        return new SimulatorConfig(port, seed, prices, balances, positionMode, rateLimits, walkInterval, keys, streams);
    }
}
