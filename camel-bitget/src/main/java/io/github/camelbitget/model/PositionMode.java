package io.github.camelbitget.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Futures position mode of a product type: one-way (net) or hedge (long and short legs). */
public enum PositionMode implements WireValue {
    ONE_WAY("one_way_mode"),
    HEDGE("hedge_mode");

    private final String wireValue;

    PositionMode(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    @JsonCreator
    public static PositionMode fromWire(String value) {
        return WireValue.fromWire(PositionMode.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
