package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** A futures order and its execution state. Mutated only by {@link FuturesEngine} under the exchange lock. */
final class FuturesOrder {

    final String orderId;
    /** Replaced when a v3 modify-order amends the order in place. */
    FuturesOrderRequest request;
    final PositionMode posMode;
    final int leverage;
    final long cTime;
    String clientOid;
    OrderStatus status = OrderStatus.LIVE;
    BigDecimal filledSize = BigDecimal.ZERO;
    BigDecimal quoteVolume = BigDecimal.ZERO;
    BigDecimal priceAvg;
    /** Fees paid, negative like Bitget's {@code fee}. */
    BigDecimal fee = BigDecimal.ZERO;
    BigDecimal totalProfits = BigDecimal.ZERO;
    /** Margin (plus a taker-fee reserve) held for the part of a resting order that opens a position. */
    BigDecimal frozenMargin = BigDecimal.ZERO;
    /** Position size reserved by a resting close / reduce-only order. */
    BigDecimal lockedPosition = BigDecimal.ZERO;
    String presetStopSurplusPrice;
    String presetStopLossPrice;
    long uTime;

    FuturesOrder(String orderId, String clientOid, FuturesOrderRequest request, PositionMode posMode, int leverage, long now) {
        this.orderId = orderId;
        this.clientOid = clientOid;
        this.request = request;
        this.posMode = posMode;
        this.leverage = leverage;
        this.presetStopSurplusPrice = request.presetStopSurplusPrice();
        this.presetStopLossPrice = request.presetStopLossPrice();
        this.cTime = now;
        this.uTime = now;
    }

    String symbol() {
        return request.symbol();
    }

    boolean isClose() {
        return posMode == PositionMode.HEDGE ? request.tradeSide() == TradeSide.CLOSE : request.reduceOnly();
    }

    /** The trade's direction: in hedge mode a close trades against the position that {@code side} names. */
    Side direction() {
        return FuturesEngine.tradeDirection(posMode, request);
    }

    /** Hedge mode: the position the order opens or closes. One-way mode: {@code net}. */
    String posSide() {
        if (posMode == PositionMode.ONE_WAY) {
            return "net";
        }
        return hedgeHoldSide().wire();
    }

    HoldSide hedgeHoldSide() {
        return request.side() == Side.BUY ? HoldSide.LONG : HoldSide.SHORT;
    }

    /** {@code open}/{@code close} in hedge mode, {@code buy_single}/{@code sell_single} in one-way mode. */
    String tradeSideWire() {
        if (posMode == PositionMode.HEDGE) {
            return request.tradeSide().wire();
        }
        return request.side().wire() + "_single";
    }
}
