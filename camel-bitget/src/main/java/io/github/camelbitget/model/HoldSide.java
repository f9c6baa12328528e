package io.github.camelbitget.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Direction of a futures position. */
public enum HoldSide implements WireValue {
    LONG("long"),
    SHORT("short");

    private final String wireValue;

    HoldSide(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    @JsonCreator
    public static HoldSide fromWire(String value) {
        return WireValue.fromWire(HoldSide.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
