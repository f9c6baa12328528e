package io.github.camelbitget.simulator;

/** Order side. */
enum Side implements Wire {
    BUY("buy"),
    SELL("sell");

    private final String wire;

    Side(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
