package io.github.camelbitget.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A spot order (open orders, order history, order info). {@code size} is the base quantity, except for market buys
 * where it is the quote amount. {@code status}: {@code live}, {@code partially_filled}, {@code filled},
 * {@code cancelled}. In open orders Bitget reports the limit price as {@code priceAvg} and the fill price as
 * {@code basePrice}. {@code feeDetail} is Bitget's fee JSON, as text.
 */
public record SpotOrder(
        String userId,
        String symbol,
        String orderId,
        String clientOid,
        BigDecimal price,
        BigDecimal priceAvg,
        BigDecimal basePrice,
        BigDecimal size,
        OrderType orderType,
        Side side,
        String status,
        BigDecimal baseVolume,
        BigDecimal quoteVolume,
        String enterPointSource,
        String orderSource,
        Long cTime,
        Long uTime,
        @JsonDeserialize(using = JsonText.class) String feeDetail,
        BigDecimal triggerPrice,
        String tpslType,
        String cancelReason) {
}
