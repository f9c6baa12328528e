package io.github.camelbitget.simulator;

/** Futures position mode of a product type ({@code posMode}). */
public enum PositionMode implements Wire {
    ONE_WAY("one_way_mode"),
    HEDGE("hedge_mode");

    private final String wire;

    PositionMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
