package io.github.camelbitget.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Order side: buy or sell. In hedge mode a futures order's side names the position direction. */
public enum Side implements WireValue {
    BUY("buy"),
    SELL("sell");

    private final String wireValue;

    Side(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    @JsonCreator
    public static Side fromWire(String value) {
        return WireValue.fromWire(Side.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
