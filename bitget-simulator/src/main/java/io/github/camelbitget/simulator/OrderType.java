package io.github.camelbitget.simulator;

/** Order type. */
enum OrderType implements Wire {
    LIMIT("limit"),
    MARKET("market");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
