package io.github.camelbitget.simulator;

/**
 * What the matching engines report as it happens, under the exchange lock, so listeners see the events in their
 * real order and the state exactly as it was at that moment.
 */
interface TradeEvents {

    /** Accepted, cancelled or changed without a trade. */
    void orderChanged(TradingBook book, FuturesOrder order);

    /** A trade of the order; its position and account changed with it. */
    void orderFilled(TradingBook book, FuturesOrder order, FuturesFill fill);

    void orderChanged(TradingBook book, SpotOrder order);

    void orderFilled(TradingBook book, SpotOrder order, SpotFill fill);
}
