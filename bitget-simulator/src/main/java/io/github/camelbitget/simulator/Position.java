package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** An open futures position (one per symbol in one-way mode, up to two in hedge mode). */
final class Position {

    final String posId;
    final ProductType productType;
    final String symbol;
    final String marginCoin;
    final HoldSide holdSide;
    final MarginMode marginMode;
    final long cTime;
    int leverage;
    BigDecimal total = BigDecimal.ZERO;
    /** Size reserved by resting close orders; {@code available = total - locked}. */
    BigDecimal locked = BigDecimal.ZERO;
    BigDecimal openPriceAvg = BigDecimal.ZERO;
    BigDecimal margin = BigDecimal.ZERO;
    BigDecimal achievedProfits = BigDecimal.ZERO;
    /** Trading fees paid on this position, positive; {@code closeFees} is the part paid by closing trades. */
    BigDecimal fees = BigDecimal.ZERO;
    BigDecimal closeFees = BigDecimal.ZERO;
    long uTime;

    Position(String posId, ProductType productType, String symbol, String marginCoin, HoldSide holdSide, MarginMode marginMode,
             int leverage, long now) {
        this.posId = posId;
        this.productType = productType;
        this.symbol = symbol;
        this.marginCoin = marginCoin;
        this.holdSide = holdSide;
        this.marginMode = marginMode;
        this.leverage = leverage;
        this.cTime = now;
        this.uTime = now;
    }

    BigDecimal available() {
        return total.subtract(locked);
    }

    /** +1 for long, -1 for short. */
    BigDecimal direction() {
        return holdSide == HoldSide.LONG ? BigDecimal.ONE : BigDecimal.ONE.negate();
    }
}
