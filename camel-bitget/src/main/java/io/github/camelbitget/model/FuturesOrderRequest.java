package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * A futures order for {@code bitget:futures/placeOrder}. Null fields fall back to headers, endpoint options and
 * defaults (market order, isolated margin, {@code gtc}, the product type's margin coin, a generated clientOid).
 *
 * <pre>{@code
 * FuturesOrderRequest.limit("ETHUSDT", Side.SELL, new BigDecimal("0.5"), new BigDecimal("3500"))
 *         .withClientOid("eth-short-1")
 * }</pre>
 */
public record FuturesOrderRequest(
        String symbol,
        String productType,
        MarginMode marginMode,
        String marginCoin,
        BigDecimal size,
        BigDecimal price,
        Side side,
        String tradeSide,
        OrderType orderType,
        String force,
        String clientOid,
        String reduceOnly,
        BigDecimal presetStopSurplusPrice,
        BigDecimal presetStopLossPrice) implements BitgetRequest {

    public static FuturesOrderRequest market(String symbol, Side side, BigDecimal size) {
        return new FuturesOrderRequest(symbol, null, null, null, size, null, side, null, OrderType.MARKET, null, null,
                null, null, null);
    }

    public static FuturesOrderRequest limit(String symbol, Side side, BigDecimal size, BigDecimal price) {
        return new FuturesOrderRequest(symbol, null, null, null, size, price, side, null, OrderType.LIMIT, null, null,
                null, null, null);
    }

    public FuturesOrderRequest withClientOid(String clientOid) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice);
    }

    /** {@code open} or {@code close}: needed in hedge mode, where {@code side} names the position direction. */
    public FuturesOrderRequest withTradeSide(String tradeSide) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice);
    }

    /** Only reduce the position (one-way mode). */
    public FuturesOrderRequest withReduceOnly(boolean reduce) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduce ? "YES" : "NO", presetStopSurplusPrice, presetStopLossPrice);
    }

    public FuturesOrderRequest withMarginMode(MarginMode marginMode) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice);
    }

    public FuturesOrderRequest withProductType(String productType) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice);
    }

    /** {@code gtc}, {@code ioc}, {@code fok} or {@code post_only}. */
    public FuturesOrderRequest withForce(String force) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice);
    }

    /** Attach a take-profit and/or stop-loss trigger price (null for none). */
    public FuturesOrderRequest withPresets(BigDecimal takeProfit, BigDecimal stopLoss) {
        return new FuturesOrderRequest(symbol, productType, marginMode, marginCoin, size, price, side, tradeSide,
                orderType, force, clientOid, reduceOnly, takeProfit, stopLoss);
    }
}
