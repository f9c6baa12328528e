package io.github.camelbitget.simulator;

import java.util.List;

/** One expiry of the v3 countdown cancel-all: when (simulator time, ms) and which open orders it cancelled. */
public record CountdownFiring(long firedAt, List<String> cancelledOrderIds) {

    public CountdownFiring {
        cancelledOrderIds = List.copyOf(cancelledOrderIds);
    }
}
