package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * One subscription argument: {@code instType}, {@code channel} and {@code instId} (or {@code coin} for
 * {@code account}). {@code raw} is what the client sent, echoed in acks and errors; data frames carry the
 * {@link #canonical()} form.
 */
record StreamArg(JsonNode raw, String instType, String channel, String instId, String coin) {

    static StreamArg of(JsonNode node) {
        if (!node.isObject()) {
            throw new StreamError("30002", "illegal request: an arg is an object", node, false);
        }
        String instType = node.path("instType").asText("").toUpperCase(Locale.ROOT);
        String channel = node.path("channel").asText("");
        return new StreamArg(node, instType, channel, text(node, "instId"), text(node, "coin"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Identifies the subscription: the same arg twice is one channel. */
    String key() {
        return instType + '|' + channel + '|' + instId + '|' + coin;
    }

    ObjectNode canonical() {
        ObjectNode arg = Json.object().put("instType", instType).put("channel", channel);
        if (coin != null) {
            arg.put("coin", coin);
        }
        if (instId != null) {
            arg.put("instId", instId);
        }
        return arg;
    }

    StreamError unknown(String why) {
        return StreamError.noChannel(raw, why);
    }
}
