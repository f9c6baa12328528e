package io.github.camelbitget.simulator;

/** Order states; v2 futures spell the final one {@code canceled}, v2 spot and v3 {@code cancelled}. */
enum OrderStatus {
    LIVE("live", "live"),
    PARTIALLY_FILLED("partially_filled", "partially_filled"),
    FILLED("filled", "filled"),
    CANCELLED("canceled", "cancelled");

    private final String futuresWire;
    private final String spotWire;

    OrderStatus(String futuresWire, String spotWire) {
        this.futuresWire = futuresWire;
        this.spotWire = spotWire;
    }

    String futuresWire() {
        return futuresWire;
    }

    String spotWire() {
        return spotWire;
    }

    /** v3 spells the states like v2 spot: {@code cancelled}. */
    String unifiedWire() {
        return spotWire;
    }

    boolean isOpen() {
        return this == LIVE || this == PARTIALLY_FILLED;
    }
}
