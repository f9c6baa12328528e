package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * A public trade of the WebSocket {@code trade} channel: {@code side} is the taker's side, {@code size} in base coin.
 */
public record Trade(
        String symbol,
        String tradeId,
        BigDecimal price,
        BigDecimal size,
        Side side,
        Long ts) {
}
