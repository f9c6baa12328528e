package io.github.camelbitget.model;

import java.math.BigDecimal;

/** One order of a futures batch; defaults as for a single order (market, {@code gtc}, generated clientOid). */
public record BatchOrderItem(
        BigDecimal size,
        BigDecimal price,
        Side side,
        String tradeSide,
        OrderType orderType,
        String force,
        String clientOid,
        String reduceOnly,
        BigDecimal presetStopSurplusPrice,
        BigDecimal presetStopLossPrice) {

    public static BatchOrderItem market(Side side, BigDecimal size) {
        return new BatchOrderItem(size, null, side, null, OrderType.MARKET, null, null, null, null, null);
    }

    public static BatchOrderItem limit(Side side, BigDecimal size, BigDecimal price) {
        return new BatchOrderItem(size, price, side, null, OrderType.LIMIT, null, null, null, null, null);
    }

    public BatchOrderItem withClientOid(String clientOid) {
        return new BatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly,
                presetStopSurplusPrice, presetStopLossPrice);
    }

    /** {@code open} or {@code close}: needed in hedge mode. */
    public BatchOrderItem withTradeSide(String tradeSide) {
        return new BatchOrderItem(size, price, side, tradeSide, orderType, force, clientOid, reduceOnly,
                presetStopSurplusPrice, presetStopLossPrice);
    }
}
