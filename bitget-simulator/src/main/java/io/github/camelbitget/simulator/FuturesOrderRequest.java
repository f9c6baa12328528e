package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** A futures order as the client asked for it (place-order, one batch item, or a modify's replacement). */
record FuturesOrderRequest(
        ProductType productType,
        String symbol,
        MarginMode marginMode,
        String marginCoin,
        BigDecimal size,
        BigDecimal price,
        Side side,
        TradeSide tradeSide,
        OrderType orderType,
        Force force,
        String clientOid,
        boolean reduceOnly,
        String presetStopSurplusPrice,
        String presetStopLossPrice) {

    FuturesOrderRequest withReplacement(BigDecimal newSize, BigDecimal newPrice, String newClientOid) {
        return new FuturesOrderRequest(productType, symbol, marginMode, marginCoin, newSize, newPrice, side, tradeSide,
                orderType, force, newClientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice);
    }
}
