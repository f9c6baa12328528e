package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One REST endpoint: method, path, whether it needs a signature, and Bitget's per-second limit
 * (counted per IP for public endpoints, per UID for private ones).
 */
record Endpoint(String method, String path, boolean signed, int limitPerSecond, Handler handler) {

    /** The account type a private endpoint serves: v3 paths unified accounts, all others classic ones. */
    AccountType accountType() {
        return path.startsWith("/api/v3/") ? AccountType.UNIFIED : AccountType.CLASSIC;
    }

    /** Produces the envelope's {@code data}; throws {@link BitgetError} for Bitget error answers. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(ApiRequest request);
    }
}
