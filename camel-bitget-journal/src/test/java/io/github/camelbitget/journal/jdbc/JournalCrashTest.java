package io.github.camelbitget.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.journal.ReconcileReport;
import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.TradeOutcome;
import io.github.camelbitget.journal.TradeQuery;
import io.github.camelbitget.journal.TradeStatus;
import io.github.camelbitget.simulator.OrderSnapshot;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Orders whose fate was lost (answer dropped and lookups failing, or the process dying before the outcome was written)
 * stay in the journal and are settled by the reconciler against the exchange: nothing lost, nothing doubled.
 */
class JournalCrashTest extends SimulatorBitgetTestSupport {

    private JdbcTradeJournal journal;
    private volatile boolean crashBeforeOutcome;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        journal = new JdbcTradeJournal(h2);
        TradeJournal dyingProcess = new TradeJournal() {
            @Override
            public void recordIntent(TradeEntry entry) {
                journal.recordIntent(entry);
            }

            @Override
            public void recordOutcome(TradeOutcome outcome) {
                if (crashBeforeOutcome) {
                    throw new IllegalStateException("the process died before recording the outcome");
                }
                journal.recordOutcome(outcome);
            }

            @Override
            public List<TradeEntry> find(TradeQuery query) {
                return journal.find(query);
            }
        };
        BitgetComponent bitget = context.getComponent("bitget", BitgetComponent.class);
        bitget.getConfiguration().setTradeJournal(dyingProcess);
        bitget.getConfiguration().setReconcileAfter(0);
        return context;
    }

    private TradeEntry entry(String clientOid) {
        return journal.find(TradeQuery.between(null, null)).stream().filter(e -> clientOid.equals(e.clientOid()))
                .findFirst().orElseThrow();
    }

    @Test
    void aDroppedAnswerEndsUnknownAndIsReconciledToTheRightOrder() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        BITGET.simulator().faults().dropResponse(pathOf(Operation.FUTURES_PLACE_ORDER)).times(1);
        BITGET.simulator().faults().connectionReset(pathOf(Operation.FUTURES_ORDER_DETAIL)).times(4);

        Exchange placed = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                           + "&clientOid=crash-1&retryDelay=10", null);

        assertThat(placed.getException()).isInstanceOf(BitgetOrderStateUnknownException.class);
        assertThat(entry("crash-1").status()).isEqualTo(TradeStatus.UNKNOWN);

        ReconcileReport report = template.requestBody("bitget:futures/reconcileJournal", (Object) null,
                ReconcileReport.class);

        List<OrderSnapshot> orders = BITGET.simulator().account().futuresOrders();
        assertThat(orders).singleElement().satisfies(order -> assertThat(order.clientOid()).isEqualTo("crash-1"));
        assertThat(report.resolved()).extracting(TradeEntry::clientOid).containsExactly("crash-1");
        TradeEntry settled = entry("crash-1");
        assertThat(settled.status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(settled.orderId()).isEqualTo(orders.get(0).orderId());
        assertThat(journal.find(TradeQuery.between(null, null))).hasSize(1);
    }

    @Test
    void aCrashBeforeTheOutcomeLeavesAPendingEntryThatIsSettled() {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        crashBeforeOutcome = true;

        Exchange placed = template.request("bitget:futures/placeOrder?symbol=ETHUSDT&side=sell&size=0.1"
                                           + "&clientOid=crash-2", null);
        crashBeforeOutcome = false;

        assertThat(placed.getException()).isNull();
        assertThat(entry("crash-2").status()).isEqualTo(TradeStatus.PENDING);

        template.requestBody("bitget:futures/reconcileJournal", (Object) null);

        OrderSnapshot order = BITGET.simulator().account().futuresOrders().get(0);
        assertThat(entry("crash-2").status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry("crash-2").orderId()).isEqualTo(order.orderId());
    }

    @Test
    void anOrderThatNeverReachedTheExchangeIsNotPlaced() {
        BITGET.simulator().faults().connectionReset(pathOf(Operation.FUTURES_PLACE_ORDER)).times(1);
        BITGET.simulator().faults().connectionReset(pathOf(Operation.FUTURES_ORDER_DETAIL)).times(4);

        Exchange placed = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                           + "&clientOid=never-1&retryDelay=10", null);
        template.requestBody("bitget:futures/reconcileJournal", (Object) null);

        assertThat(placed.getException()).isInstanceOf(BitgetOrderStateUnknownException.class);
        assertThat(BITGET.simulator().account().futuresOrders()).isEmpty();
        assertThat(entry("never-1").status()).isEqualTo(TradeStatus.NOT_PLACED);
    }
}
