package io.github.camelbitget.stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A data push: {@code {"action":"snapshot"|"update","arg":{...},"data":[...],"ts":...}}.
 *
 * @param data the {@code data} array as Bitget sent it
 * @param ts   Bitget's push time, epoch milliseconds, or null
 */
public record StreamMessage(ChannelArg arg, String action, JsonNode data, Long ts) {

    /** The {@code data} array's text, which identifies a push that arrived twice (on two connections). */
    String fingerprint() {
        return action + data;
    }
}
