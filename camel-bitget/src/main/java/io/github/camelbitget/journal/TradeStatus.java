package io.github.camelbitget.journal;

/** Where an order stands in the trade journal. */
public enum TradeStatus {
    /** Written before the request was sent; not yet answered. */
    PENDING,
    /** Bitget accepted the order (acceptance is not a fill). */
    ACCEPTED,
    /** Bitget refused it; the row carries Bitget's code and message. */
    REJECTED,
    /** The request was sent but no answer came (timeout, connection reset): the order may exist. */
    UNKNOWN,
    /** Reconciliation found no such order on Bitget: it never reached the exchange. */
    NOT_PLACED;

    /** Whether the reconciler still has to look this entry up. */
    public boolean isUnresolved() {
        return this == PENDING || this == UNKNOWN;
    }
}
