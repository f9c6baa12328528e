package io.github.camelbitget.simulator;

/** Hedge-mode order intent. */
enum TradeSide implements Wire {
    OPEN("open"),
    CLOSE("close");

    private final String wire;

    TradeSide(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
