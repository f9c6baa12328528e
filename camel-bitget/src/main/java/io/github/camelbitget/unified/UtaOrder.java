package io.github.camelbitget.unified;

import java.math.BigDecimal;
import java.util.List;

/** An order as the v3 API lists it (unfilled, history and order-info). */
public record UtaOrder(
        String orderId,
        String clientOid,
        String category,
        String symbol,
        String orderType,
        String side,
        BigDecimal price,
        BigDecimal qty,
        BigDecimal amount,
        BigDecimal cumExecQty,
        BigDecimal cumExecValue,
        BigDecimal avgPrice,
        String timeInForce,
        String orderStatus,
        String posSide,
        String holdMode,
        String tradeSide,
        String reduceOnly,
        List<UtaFee> feeDetail,
        String cancelReason,
        BigDecimal takeProfit,
        BigDecimal stopLoss,
        Long createdTime,
        Long updatedTime) {
}
