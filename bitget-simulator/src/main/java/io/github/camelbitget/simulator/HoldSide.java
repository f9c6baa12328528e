package io.github.camelbitget.simulator;

/** Direction of a futures position. */
enum HoldSide implements Wire {
    LONG("long"),
    SHORT("short");

    private final String wire;

    HoldSide(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The position a trade in this direction opens: buy opens long, sell opens short. */
    static HoldSide openedBy(Side direction) {
        return direction == Side.BUY ? LONG : SHORT;
    }

    HoldSide opposite() {
        return this == LONG ? SHORT : LONG;
    }
}
