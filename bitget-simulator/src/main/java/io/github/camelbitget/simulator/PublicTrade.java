package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/**
 * A trade on the public tape: {@code side} is the taker's, {@code seq} orders the whole tape. {@code instType} is
 * null for the market's own trades (the price walk), which every market of the symbol shows, and the market of a
 * simulated fill otherwise.
 */
record PublicTrade(long seq, String tradeId, String instType, String symbol, BigDecimal price, BigDecimal size, Side side,
                   long ts) {

    boolean shownOn(String market) {
        return instType == null || instType.equals(market);
    }
}
