package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** A spot order and its execution state. Mutated only by {@link SpotEngine} under the exchange lock. */
final class SpotOrder {

    final String orderId;
    final String clientOid;
    /** Replaced when a v3 modify-order amends the order in place. */
    SpotOrderRequest request;
    final long cTime;
    OrderStatus status = OrderStatus.LIVE;
    BigDecimal baseVolume = BigDecimal.ZERO;
    BigDecimal quoteVolume = BigDecimal.ZERO;
    BigDecimal priceAvg;
    /** Fee paid in the received coin, negative. */
    BigDecimal fee = BigDecimal.ZERO;
    String feeCoin;
    /** Amount held in the wallet while the order rests: quote coin for buys, base coin for sells. */
    BigDecimal frozen = BigDecimal.ZERO;
    String cancelReason = "";
    long uTime;

    SpotOrder(String orderId, String clientOid, SpotOrderRequest request, long now) {
        this.orderId = orderId;
        this.clientOid = clientOid;
        this.request = request;
        this.cTime = now;
        this.uTime = now;
    }
}
