package io.github.camelbitget.journal;

import java.util.List;

/** What a reconciliation did: entries it completed, and entries it could not settle yet (with the reason). */
public record ReconcileReport(List<TradeEntry> resolved, List<TradeEntry> unresolved) {

    public ReconcileReport {
        resolved = List.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
    }
}
