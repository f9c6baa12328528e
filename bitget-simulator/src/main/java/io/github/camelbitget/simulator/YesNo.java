package io.github.camelbitget.simulator;

/** Bitget's YES/NO flags ({@code reduceOnly}). */
enum YesNo implements Wire {
    YES("YES"),
    NO("NO");

    private final String wire;

    YesNo(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
