package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * Changes a live limit order. New size and price go together and make Bitget replace the order (tracked by
 * {@code newClientOid}, generated when null); new take-profit/stop-loss prices alone keep the order ({@code 0}
 * removes one).
 */
public record ModifyOrderRequest(
        String symbol,
        String orderId,
        String clientOid,
        String newClientOid,
        BigDecimal newSize,
        BigDecimal newPrice,
        BigDecimal newPresetStopSurplusPrice,
        BigDecimal newPresetStopLossPrice) implements BitgetRequest {

    public static ModifyOrderRequest replace(String symbol, String orderId, BigDecimal newSize, BigDecimal newPrice) {
        return new ModifyOrderRequest(symbol, orderId, null, null, newSize, newPrice, null, null);
    }
}
