package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * A spot order for {@code bitget:spot/placeOrder}. {@code size} is the base quantity, except for a market buy where
 * Bitget reads it as the quote amount to spend (e.g. USDT).
 */
public record SpotOrderRequest(
        String symbol,
        Side side,
        OrderType orderType,
        String force,
        BigDecimal price,
        BigDecimal size,
        String clientOid) implements BitgetRequest {

    public static SpotOrderRequest market(String symbol, Side side, BigDecimal size) {
        return new SpotOrderRequest(symbol, side, OrderType.MARKET, null, null, size, null);
    }

    public static SpotOrderRequest limit(String symbol, Side side, BigDecimal size, BigDecimal price) {
        return new SpotOrderRequest(symbol, side, OrderType.LIMIT, null, price, size, null);
    }

    public SpotOrderRequest withClientOid(String clientOid) {
        return new SpotOrderRequest(symbol, side, orderType, force, price, size, clientOid);
    }

    /** {@code gtc}, {@code ioc}, {@code fok} or {@code post_only}. */
    public SpotOrderRequest withForce(String force) {
        return new SpotOrderRequest(symbol, side, orderType, force, price, size, clientOid);
    }
}
