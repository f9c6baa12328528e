package io.github.camelbitget;

import java.time.Clock;
import java.time.Duration;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.journal.JournalReconciler;
import io.github.camelbitget.journal.ReconcileReport;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code bitget:<market>/reconcileJournal}: settles the trade journal's PENDING and UNKNOWN entries of the endpoint's
 * market and mode; the body becomes the {@link ReconcileReport}.
 */
final class ReconcileJournalProducer extends DefaultProducer {

    ReconcileJournalProducer(BitgetEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public BitgetEndpoint getEndpoint() {
        return (BitgetEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        BitgetConfiguration configuration = getEndpoint().getConfiguration();
        if (configuration.getTradeJournal() == null) {
            throw new IllegalStateException("bitget:" + getEndpoint().getMarket() + "/reconcileJournal needs option"
                                            + " tradeJournal (a TradeJournal bean such as JdbcTradeJournal)");
        }
        Mode mode = Mode.fromOption(exchange.getMessage().getHeader(BitgetConstants.MODE, configuration.getMode(),
                String.class));
        ReconcileReport report = new JournalReconciler(configuration.getTradeJournal(), getEndpoint().getClient(),
                Clock.systemUTC()).reconcile(getEndpoint().market(), mode,
                        Duration.ofMillis(configuration.getReconcileAfter()));
        exchange.getMessage().setBody(report);
    }
}
