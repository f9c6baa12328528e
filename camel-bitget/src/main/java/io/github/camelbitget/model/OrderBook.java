package io.github.camelbitget.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order book snapshot ({@code GET /api/v2/mix/market/merge-depth}): asks ascending, bids descending by price.
 */
public record OrderBook(
        List<OrderBookLevel> asks,
        List<OrderBookLevel> bids,
        Long ts,
        BigDecimal scale,
        String precision,
        String isMaxPrecision) {

    public OrderBook {
        asks = Lists.orEmpty(asks);
        bids = Lists.orEmpty(bids);
    }

    /** This book cut to at most {@code levels} levels per side. */
    public OrderBook top(int levels) {
        if (asks.size() <= levels && bids.size() <= levels) {
            return this;
        }
        return new OrderBook(asks.subList(0, Math.min(levels, asks.size())),
                bids.subList(0, Math.min(levels, bids.size())), ts, scale, precision, isMaxPrecision);
    }
}
