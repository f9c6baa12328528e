package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.List;

/** A depth snapshot: bids descending, asks ascending. */
record OrderBook(List<Level> bids, List<Level> asks) {

    record Level(BigDecimal price, BigDecimal size) {
    }
}
