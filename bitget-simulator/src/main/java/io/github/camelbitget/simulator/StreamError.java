package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** A WebSocket error frame ({@code {"event":"error",...}}), optionally for one arg, optionally closing the connection. */
final class StreamError extends RuntimeException {

    private final String code;
    private final transient JsonNode arg;
    private final boolean closes;

    StreamError(String code, String msg, JsonNode arg, boolean closes) {
        super(msg, null, false, false);
        this.code = code;
        this.arg = arg;
        this.closes = closes;
    }

    static StreamError noChannel(JsonNode arg, String msg) {
        return new StreamError("30001", msg, arg, false);
    }

    static StreamError loginFailed(String code, String msg) {
        return new StreamError(code, msg, null, true);
    }

    String code() {
        return code;
    }

    JsonNode arg() {
        return arg;
    }

    boolean closes() {
        return closes;
    }
}
