package io.github.camelbitget.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Futures margin mode. */
public enum MarginMode implements WireValue {
    ISOLATED("isolated"),
    CROSSED("crossed");

    private final String wireValue;

    MarginMode(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Some Bitget responses spell crossed margin {@code cross}. */
    @Override
    public boolean isSynonym(String value) {
        return this == CROSSED && "cross".equalsIgnoreCase(value);
    }

    @JsonCreator
    public static MarginMode fromWire(String value) {
        return WireValue.fromWire(MarginMode.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
