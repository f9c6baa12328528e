package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** One spot trade; {@code size} in base coin, {@code amount} in quote coin, {@code fee} negative. */
record SpotFill(String tradeId, String orderId, String symbol, Side side, OrderType orderType, BigDecimal price,
                BigDecimal size, BigDecimal amount, BigDecimal fee, String feeCoin, boolean taker, long cTime) {
}
