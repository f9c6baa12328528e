package io.github.camelbitget.api;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A request while it is being checked and completed: normalized values by parameter, path, result shaping. */
final class RequestDraft {

    private final Operation operation;
    private final Map<Param, Object> values = new LinkedHashMap<>();
    private final Set<Param> defaulted = EnumSet.noneOf(Param.class);
    private String path;
    private UnaryOperator<Object> resultShaper = UnaryOperator.identity();

    RequestDraft(Operation operation) {
        this.operation = operation;
        this.path = operation.path();
    }

    Operation operation() {
        return operation;
    }

    String get(Param param) {
        Object value = values.get(param);
        return value == null ? null : value.toString();
    }

    Object value(Param param) {
        return values.get(param);
    }

    boolean has(Param param) {
        return values.containsKey(param);
    }

    void put(Param param, Object value) {
        values.put(param, value);
    }

    void defaulted(Param param) {
        defaulted.add(param);
    }

    Set<Param> defaulted() {
        return Set.copyOf(defaulted);
    }

    Map<Param, Object> values() {
        return values;
    }

    String path() {
        return path;
    }

    void path(String path) {
        this.path = path;
    }

    UnaryOperator<Object> resultShaper() {
        return resultShaper;
    }

    void resultShaper(UnaryOperator<Object> resultShaper) {
        this.resultShaper = resultShaper;
    }
}
