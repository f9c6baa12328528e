package io.github.camelbitget.model;

import java.math.BigDecimal;
import java.util.List;

/** A futures trade execution ({@code GET /api/v2/mix/order/fills}). */
public record FuturesFill(
        String tradeId,
        String symbol,
        String orderId,
        BigDecimal price,
        BigDecimal baseVolume,
        List<FeeDetail> feeDetail,
        Side side,
        BigDecimal quoteVolume,
        BigDecimal profit,
        String enterPointSource,
        String tradeSide,
        PositionMode posMode,
        String tradeScope,
        Long cTime) {

    public FuturesFill {
        feeDetail = Lists.orEmpty(feeDetail);
    }
}
