package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One REST endpoint: method, path, whether it needs a signature, and Bitget's per-second limit
 * (counted per IP for public endpoints, per UID for private ones).
 */
record Endpoint(String method, String path, boolean signed, int limitPerSecond, Handler handler) {

    /** Produces the envelope's {@code data}; throws {@link BitgetError} for Bitget error answers. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(ApiRequest request);
    }
}
