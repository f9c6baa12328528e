package io.github.camelbitget.simulator;

/** Time in force of a limit order. */
enum Force implements Wire {
    GTC("gtc"),
    IOC("ioc"),
    FOK("fok"),
    POST_ONLY("post_only");

    private final String wire;

    Force(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
