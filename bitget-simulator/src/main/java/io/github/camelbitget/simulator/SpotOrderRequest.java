package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** A spot order as the client asked for it; {@code size} is in quote coin for market buys, base coin otherwise. */
record SpotOrderRequest(String symbol, Side side, OrderType orderType, Force force, BigDecimal price, BigDecimal size,
                        String clientOid) {

    SpotOrderRequest withReplacement(BigDecimal newSize, BigDecimal newPrice) {
        return new SpotOrderRequest(symbol, side, orderType, force, newPrice, newSize, clientOid);
    }

    boolean sizeInQuote() {
        return orderType == OrderType.MARKET && side == Side.BUY;
    }
}
