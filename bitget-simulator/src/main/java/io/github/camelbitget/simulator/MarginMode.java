package io.github.camelbitget.simulator;

/** Futures margin mode, per symbol. */
enum MarginMode implements Wire {
    ISOLATED("isolated"),
    CROSSED("crossed");

    private final String wire;

    MarginMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
