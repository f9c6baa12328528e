package io.github.camelbitget.examples.bridge;

/** How an intent ended on Bitget. */
public enum ResultStatus {
    /** Bitget accepted it: the order exists (acceptance is not a fill), the cancel, close or leverage took effect. */
    ACCEPTED,
    /** Bitget refused it, with its code and message; nothing happened. */
    REJECTED,
    /**
     * No answer could be had, even after looking the order up and retrying: the order may or may not exist. Look it
     * up by the result's clientOid (futures/orderDetail, spot/orderDetail) or publish the intent again: the same
     * intentId names the same order, so it cannot be placed twice.
     */
    UNKNOWN
}
