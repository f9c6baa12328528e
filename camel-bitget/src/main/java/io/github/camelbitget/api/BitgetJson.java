package io.github.camelbitget.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelbitget.exception.BitgetValidationException;

/** The Jackson mapper for Bitget JSON: lenient on input (Bitget adds fields and sends "" for absent values). */
public final class BitgetJson {

    public static final ObjectMapper MAPPER = createMapper();

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private BitgetJson() {
    }

    private static ObjectMapper createMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(LenientNumbers.module())
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        return mapper;
    }

    /**
     * The parameters carried by a request body: a {@code Map} keyed by option name, a JSON object as text, or a
     * request record such as {@link io.github.camelbitget.model.FuturesOrderRequest}.
     */
    public static Map<String, Object> toParameters(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            map.forEach((key, value) -> parameters.put(String.valueOf(key), value));
            return parameters;
        }
        if (body instanceof CharSequence text) {
            try {
                return MAPPER.readValue(text.toString(), MAP);
            } catch (JsonProcessingException e) {
                throw new BitgetValidationException("body", "The message body is not a JSON object of request options: "
                                                            + e.getOriginalMessage());
            }
        }
        return MAPPER.convertValue(body, MAP);
    }

    /** The JSON text of a value, as Bitget reads it. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write request JSON", e);
        }
    }
}
