package io.github.camelbitget.journal;

import java.time.Instant;
import java.util.Set;

/**
 * A search of the journal; null fields do not filter. Entries come back oldest first.
 *
 * @param from     created at or after
 * @param to       created before
 * @param statuses any of these statuses (empty: all)
 * @param limit    at most this many entries (0: no limit)
 */
public record TradeQuery(Instant from, Instant to, String symbol, Set<TradeStatus> statuses, String mode, int limit) {

    public TradeQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static TradeQuery between(Instant from, Instant to) {
        return new TradeQuery(from, to, null, Set.of(), null, 0);
    }

    /** Entries the reconciler must look up in one environment (live or demo). */
    public static TradeQuery unresolved(String mode) {
        return new TradeQuery(null, null, null, Set.of(TradeStatus.PENDING, TradeStatus.UNKNOWN), mode, 0);
    }

    public TradeQuery forSymbol(String symbol) {
        return new TradeQuery(from, to, symbol, statuses, mode, limit);
    }

    public TradeQuery withStatuses(Set<TradeStatus> statuses) {
        return new TradeQuery(from, to, symbol, statuses, mode, limit);
    }
}
