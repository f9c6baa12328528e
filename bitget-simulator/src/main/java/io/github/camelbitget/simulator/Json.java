package io.github.camelbitget.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/** Jackson tree helpers and the Bitget response envelope. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Bitget sends every number as a string: {@code "76012.5"}, never {@code 7.60125E4}. */
    static String text(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value);
    }

    /** A JSON number, for the few places Bitget sends one (merge-depth levels). */
    static JsonNode number(BigDecimal value) {
        return NODES.numberNode(new BigDecimal(Decimals.plain(value)));
    }

    static String envelope(String code, String msg, long requestTime, JsonNode data) {
        ObjectNode envelope = object();
        envelope.put("code", code);
        envelope.put("msg", msg);
        envelope.put("requestTime", requestTime);
        envelope.set("data", data == null ? NullNode.getInstance() : data);
        return write(envelope);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BitgetError("40017", "Parameter verification failed, request body is not valid JSON");
        }
    }
}
