package io.github.camelbitget.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The routing table: {@code METHOD path} to endpoint. */
final class Routes {

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    Routes publicGet(String path, int limitPerSecond, Endpoint.Handler handler) {
        return add(new Endpoint("GET", path, false, limitPerSecond, handler));
    }

    Routes privateGet(String path, int limitPerSecond, Endpoint.Handler handler) {
        return add(new Endpoint("GET", path, true, limitPerSecond, handler));
    }

    Routes privatePost(String path, int limitPerSecond, Endpoint.Handler handler) {
        return add(new Endpoint("POST", path, true, limitPerSecond, handler));
    }

    private Routes add(Endpoint endpoint) {
        endpoints.put(endpoint.method() + ' ' + endpoint.path(), endpoint);
        return this;
    }

    Optional<Endpoint> find(String method, String path) {
        return Optional.ofNullable(endpoints.get(method + ' ' + path));
    }

    /** The full table of served endpoints: v2 for classic accounts and public data, v3 for unified accounts. */
    static Routes bitget() {
        Routes routes = new Routes();
        MarketApi.register(routes);
        FuturesAccountApi.register(routes);
        FuturesTradeApi.register(routes);
        SpotApi.register(routes);
        UnifiedMarketApi.register(routes);
        UnifiedAccountApi.register(routes);
        UnifiedTradeApi.register(routes);
        UnifiedQueryApi.register(routes);
        return routes;
    }
}
