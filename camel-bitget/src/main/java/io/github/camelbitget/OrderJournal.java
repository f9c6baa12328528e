package io.github.camelbitget;

import java.time.Clock;
import java.util.List;

import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.exception.BitgetJournalException;
import io.github.camelbitget.journal.JournalRecorder;
import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.TradeOutcome;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The producer's use of the trade journal: the intent is written before an order is sent (and the order is not sent
 * if that fails), the outcome after Bitget answered. A failure to write the outcome never fails the exchange, which
 * would invite a retry and a second order: it is logged and put in header {@code CamelBitgetJournalError}, and the
 * PENDING entry stays for the reconciler.
 */
final class OrderJournal {

    private static final Logger LOG = LoggerFactory.getLogger(OrderJournal.class);

    private final TradeJournal journal;
    private final JournalRecorder recorder = new JournalRecorder(Clock.systemUTC());

    OrderJournal(TradeJournal journal) {
        this.journal = journal;
    }

    /** Writes the intents of an order request; nothing for other operations or without a journal. */
    List<TradeEntry> beforeSending(PreparedRequest request) {
        if (journal == null || !JournalRecorder.isJournaled(request.operation())) {
            return List.of();
        }
        List<TradeEntry> entries = recorder.intents(request);
        try {
            entries.forEach(journal::recordIntent);
        } catch (RuntimeException e) {
            throw new BitgetJournalException(request.operation().toString(), e);
        }
        return entries;
    }

    void afterAnswer(List<TradeEntry> entries, Object result, Throwable failure, Message message) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            List<TradeOutcome> outcomes = failure != null
                    ? recorder.failures(entries, failure) : recorder.outcomes(entries, result);
            outcomes.forEach(journal::recordOutcome);
        } catch (RuntimeException e) {
            String error = "The trade journal could not record the outcome of " + entries.get(0).operation() + " ("
                           + entries.size() + " entries, first " + entries.get(0).id() + "); the PENDING entries"
                           + " stay for reconciliation: " + e.getMessage();
            LOG.warn(error);
            message.setHeader(BitgetConstants.JOURNAL_ERROR, error);
        }
    }
}
