package io.github.camelbitget.model;

import java.math.BigDecimal;

/** A spot trade execution ({@code GET /api/v2/spot/trade/fills}): {@code size} in base, {@code amount} in quote. */
public record SpotFill(
        String userId,
        String symbol,
        String orderId,
        String tradeId,
        OrderType orderType,
        Side side,
        BigDecimal priceAvg,
        BigDecimal size,
        BigDecimal amount,
        Long cTime,
        Long uTime,
        String tradeScope,
        FeeDetail feeDetail) {
}
