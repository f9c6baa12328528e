package io.github.camelbitget.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Order type. */
public enum OrderType implements WireValue {
    LIMIT("limit"),
    MARKET("market");

    private final String wireValue;

    OrderType(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    @JsonCreator
    public static OrderType fromWire(String value) {
        return WireValue.fromWire(OrderType.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
