package io.github.camelbitget.unified;

import java.math.BigDecimal;
import java.util.List;

/** A fill as the v3 API lists it. */
public record UtaFill(
        String execId,
        String orderId,
        String clientOid,
        String category,
        String symbol,
        String orderType,
        String side,
        BigDecimal execPrice,
        BigDecimal execQty,
        BigDecimal execValue,
        String tradeScope,
        String tradeSide,
        List<UtaFee> feeDetail,
        BigDecimal execPnl,
        Long createdTime,
        Long updatedTime) {
}
