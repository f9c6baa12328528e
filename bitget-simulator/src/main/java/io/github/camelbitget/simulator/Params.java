package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request parameters from the query string (GET) or the JSON body (POST), read with Bitget's
 * validation errors: missing → 40019, malformed or unknown enum value → 40020.
 * An empty string counts as absent, like an omitted parameter.
 */
final class Params {

    /** Bitget's numbers are plain decimal strings; exponents such as 3e654068 would stall the engine's arithmetic. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,30}(\\.\\d{1,18})?");

    private final Map<String, String> values;
    private final Map<String, List<Params>> lists;
    private final Set<String> names;
    private final List<Params> elements;

    private Params(Map<String, String> values, Map<String, List<Params>> lists, Set<String> names, List<Params> elements) {
        this.values = values;
        this.lists = lists;
        this.names = names;
        this.elements = elements;
    }

    static Params of(Map<String, String> values) {
        return new Params(values, Map.of(), Set.copyOf(values.keySet()), List.of());
    }

    /** An object body gives named parameters, an array body (v3 batches) {@link #elements()}. */
    static Params ofJson(JsonNode body) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<Params>> lists = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        List<Params> elements = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(item -> elements.add(ofJson(item)));
        }
        if (body != null && body.isObject()) {
            body.properties().forEach(field -> {
                names.add(field.getKey());
                JsonNode node = field.getValue();
                if (node.isArray()) {
                    List<Params> items = new ArrayList<>();
                    node.forEach(item -> items.add(ofJson(item)));
                    lists.put(field.getKey(), items);
                } else if (node.isValueNode() && !node.isNull()) {
                    values.put(field.getKey(), node.isBigDecimal() || node.isNumber()
                            ? node.decimalValue().toPlainString() : node.asText());
                }
            });
        }
        return new Params(values, lists, names, elements);
    }

    /** Every parameter name the request carried, whatever its value (empty, null, object or array). */
    Set<String> names() {
        return names;
    }

    /** The items of a top-level JSON array body; empty for an object body or a query. */
    List<Params> elements() {
        return elements;
    }

    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> BitgetError.parameterEmpty(name));
    }

    /** Symbols are upper case at Bitget; lower case input is accepted and normalized. */
    String requiredSymbol() {
        return required("symbol").toUpperCase(Locale.ROOT);
    }

    Optional<String> optionalSymbol() {
        return optional("symbol").map(s -> s.toUpperCase(Locale.ROOT));
    }

    <E extends Enum<E> & Wire> E requiredEnum(String name, Class<E> type) {
        return parseEnum(name, required(name), type);
    }

    <E extends Enum<E> & Wire> Optional<E> optionalEnum(String name, Class<E> type) {
        return optional(name).map(text -> parseEnum(name, text, type));
    }

    private static <E extends Enum<E> & Wire> E parseEnum(String name, String text, Class<E> type) {
        E value = Wire.parse(type, text);
        if (value == null) {
            throw BitgetError.parameterError(name);
        }
        return value;
    }

    BigDecimal requiredPositiveDecimal(String name) {
        return positive(name, required(name));
    }

    Optional<BigDecimal> optionalPositiveDecimal(String name) {
        return optional(name).map(text -> positive(name, text));
    }

    private static BigDecimal positive(String name, String text) {
        if (!PLAIN_DECIMAL.matcher(text.trim()).matches()) {
            throw BitgetError.parameterError(name);
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() <= 0) {
                throw BitgetError.parameterError(name);
            }
            return value;
        } catch (NumberFormatException e) {
            throw BitgetError.parameterError(name);
        }
    }

    /** A whole positive number such as a leverage ({@code "10"}); fractions are parameter errors. */
    Optional<Integer> optionalPositiveInteger(String name) {
        return optionalPositiveDecimal(name).map(value -> {
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw BitgetError.parameterError(name);
            }
        });
    }

    Optional<Long> optionalLong(String name) {
        return optional(name).map(text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw BitgetError.parameterError(name);
            }
        });
    }

    /** {@code limit} with Bitget's default and cap; values above the cap are cut to the cap. */
    int limit(int defaultLimit, int maxLimit) {
        return optionalLong("limit").map(value -> {
            if (value <= 0) {
                throw BitgetError.parameterError("limit");
            }
            return (int) Math.min(value, maxLimit);
        }).orElse(defaultLimit);
    }

    List<Params> list(String name) {
        return lists.getOrDefault(name, Collections.emptyList());
    }
}
