package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** One futures trade of an order; {@code fee} is negative (paid), {@code profit} the realized PnL. */
record FuturesFill(String tradeId, String orderId, ProductType productType, String symbol, Side side, String tradeSide,
                   PositionMode posMode, BigDecimal price, BigDecimal baseVolume, BigDecimal quoteVolume, BigDecimal fee,
                   String feeCoin, BigDecimal profit, boolean taker, long cTime) {
}
