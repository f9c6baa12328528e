package io.github.camelbitget.examples.recipes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.TradeQuery;

/** The day's trades from the journal (the SDK's Journal view), one line each. */
public class JournalReport {

    private final TradeJournal journal;
    private final Clock clock;

    public JournalReport(TradeJournal journal) {
        this(journal, Clock.systemUTC());
    }

    JournalReport(TradeJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    public List<TradeEntry> today() {
        Instant midnight = LocalDate.now(clock).atStartOfDay(ZoneOffset.UTC).toInstant();
        return journal.find(TradeQuery.between(midnight, midnight.plusSeconds(86_400)));
    }

    public String summary() {
        List<TradeEntry> entries = today();
        return entries.size() + " journal entries today" + entries.stream().map(JournalReport::line)
                .collect(Collectors.joining("", entries.isEmpty() ? "" : ":", ""));
    }

    private static String line(TradeEntry entry) {
        return String.format("%n  %s %-13s %-8s %-5s %-6s size=%s status=%s orderId=%s", entry.createdAt(),
                entry.operation(), entry.symbol(), entry.side() == null ? "" : entry.side(),
                entry.orderType() == null ? "" : entry.orderType(),
                entry.size() == null ? "-" : entry.size().toPlainString(), entry.status(),
                entry.orderId() == null ? "-" : entry.orderId());
    }
}
