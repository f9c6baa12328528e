package io.github.camelbitget.journal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the trade journal: an order (or a cancel, or a close-positions call) as sent, and what became of it.
 * {@code id} is the order's clientOid for orders, a generated id for cancels and closes; {@code request} holds every
 * field sent to Bitget as JSON.
 */
public record TradeEntry(
        String id,
        String clientOid,
        String mode,
        String market,
        String productType,
        String operation,
        String symbol,
        String side,
        String orderType,
        String tradeSide,
        BigDecimal size,
        BigDecimal price,
        TradeStatus status,
        String orderId,
        String errorCode,
        String errorMessage,
        String request,
        Instant createdAt,
        Instant updatedAt) {

    /** This entry completed with an outcome. */
    public TradeEntry with(TradeOutcome outcome) {
        return new TradeEntry(id, clientOid, mode, market, productType, operation, symbol, side, orderType, tradeSide,
                size, price, outcome.status(), outcome.orderId() != null ? outcome.orderId() : orderId,
                outcome.errorCode(), outcome.errorMessage(), request, createdAt, outcome.at());
    }
}
