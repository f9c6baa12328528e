package io.github.camelbitget.journal;

import java.util.List;

/**
 * Where the component records every order it sends (the original SDK's TradeLog). The producer writes the intent
 * ({@link TradeStatus#PENDING}) before sending and the outcome after Bitget's answer, so an order is never lost even
 * when the process dies in between: {@code bitget:futures/reconcileJournal} later completes what stayed pending.
 * Implementations must be thread-safe; {@code camel-bitget-journal} provides one on a JDBC DataSource.
 */
public interface TradeJournal {

    /**
     * Records an order about to be sent. An entry with the same id that exists already is kept as it is (a resend of
     * the same clientOid).
     */
    void recordIntent(TradeEntry entry);

    /** Completes the entry with this outcome's id. */
    void recordOutcome(TradeOutcome outcome);

    /** The entries matching the query, oldest first. */
    List<TradeEntry> find(TradeQuery query);
}
