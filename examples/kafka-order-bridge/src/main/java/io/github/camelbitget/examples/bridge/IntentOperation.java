package io.github.camelbitget.examples.bridge;

import java.util.Arrays;
import java.util.Optional;

/** What an intent asks for: one camel-bitget operation, named as in its endpoint URI. */
public enum IntentOperation {

    FUTURES_PLACE_ORDER("futures/placeOrder"),
    SPOT_PLACE_ORDER("spot/placeOrder"),
    FUTURES_CANCEL_ORDER("futures/cancelOrder"),
    SPOT_CANCEL_ORDER("spot/cancelOrder"),
    FUTURES_CLOSE_POSITION("futures/closePosition"),
    FUTURES_SET_LEVERAGE("futures/setLeverage");

    private final String path;

    IntentOperation(String path) {
        this.path = path;
    }

    /** {@code futures/placeOrder}: the intent's {@code operation} and the path of the bitget endpoint URI. */
    public String path() {
        return path;
    }

    public boolean isSpot() {
        return path.startsWith("spot/");
    }

    /** Whether the operation places an order, and so carries a clientOid derived from the intent. */
    public boolean placesOrder() {
        return this == FUTURES_PLACE_ORDER || this == SPOT_PLACE_ORDER;
    }

    public static Optional<IntentOperation> fromPath(String path) {
        return Arrays.stream(values()).filter(operation -> operation.path.equals(path)).findFirst();
    }
}
