package io.github.camelbitget.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitget.api.BitgetJson;

/**
 * One subscription as Bitget names it: {@code {"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"}};
 * account channels carry {@code coin} instead of {@code instId}. Also the key data messages are routed by.
 */
public record ChannelArg(String instType, String channel, String instId, String coin) {

    /** The arg object of a subscribe or unsubscribe request. */
    public ObjectNode toJson() {
        ObjectNode node = BitgetJson.MAPPER.createObjectNode();
        node.put("instType", instType);
        node.put("channel", channel);
        if (instId != null) {
            node.put("instId", instId);
        }
        if (coin != null) {
            node.put("coin", coin);
        }
        return node;
    }

    /** The arg Bitget echoes in events and data messages. */
    public static ChannelArg of(JsonNode arg) {
        return new ChannelArg(arg.path("instType").asText(null), arg.path("channel").asText(null),
                arg.path("instId").asText(null), arg.path("coin").asText(null));
    }

    @Override
    public String toString() {
        return instType + "/" + channel + "/" + (instId != null ? instId : coin);
    }
}
