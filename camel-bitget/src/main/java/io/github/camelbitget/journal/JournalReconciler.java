package io.github.camelbitget.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.client.BitgetClient;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetOrderNotFoundException;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.SpotOrder;

/**
 * Settles journal entries left PENDING or UNKNOWN (a crash, a timeout, a lost answer) by asking Bitget what became of
 * them: an order found by its clientOid is ACCEPTED with its orderId, one Bitget does not know is NOT_PLACED; a cancel
 * is ACCEPTED when the order is cancelled; a close-positions call is ACCEPTED when the position is flat. Entries Bitget
 * cannot answer for stay unresolved, with the reason.
 */
public final class JournalReconciler {

    /** Bitget finds spot orders by clientOid for two hours only. */
    private static final Duration SPOT_CLIENT_OID_LOOKUP = Duration.ofHours(2);

    private final TradeJournal journal;
    private final BitgetClient client;
    private final Clock clock;

    public JournalReconciler(TradeJournal journal, BitgetClient client, Clock clock) {
        this.journal = journal;
        this.client = client;
        this.clock = clock;
    }

    /** Looks up the unresolved entries of one market and mode created more than {@code minimumAge} ago. */
    public ReconcileReport reconcile(Market market, Mode mode, Duration minimumAge) {
        Instant cutoff = clock.instant().minus(minimumAge);
        List<TradeEntry> resolved = new ArrayList<>();
        List<TradeEntry> unresolved = new ArrayList<>();
        for (TradeEntry entry : journal.find(TradeQuery.unresolved(mode.optionValue()))) {
            if (!entry.market().equals(market.uriName()) || !entry.createdAt().isBefore(cutoff)) {
                continue;
            }
            TradeOutcome outcome;
            try {
                outcome = settle(entry, mode);
            } catch (BitgetException e) {
                outcome = new TradeOutcome(entry.id(), entry.status(), null, entry.errorCode(),
                        "not reconciled yet: " + e.getMessage(), clock.instant());
            }
            if (outcome.status().isUnresolved()) {
                unresolved.add(entry.with(outcome));
            } else {
                journal.recordOutcome(outcome);
                resolved.add(entry.with(outcome));
            }
        }
        return new ReconcileReport(resolved, unresolved);
    }

    private TradeOutcome settle(TradeEntry entry, Mode mode) {
        return switch (entry.operation()) {
            case "cancelOrder" -> settleCancel(entry, mode);
            case "closePosition" -> settleClose(entry, mode);
            default -> settleOrder(entry, mode);
        };
    }

    private TradeOutcome settleOrder(TradeEntry entry, Mode mode) {
        if (Market.SPOT.uriName().equals(entry.market())) {
            List<SpotOrder> orders = spotOrders(entry.clientOid(), null, mode);
            if (!orders.isEmpty()) {
                return outcome(entry, TradeStatus.ACCEPTED, orders.get(0).orderId(), null);
            }
            if (entry.createdAt().isBefore(clock.instant().minus(SPOT_CLIENT_OID_LOOKUP))) {
                return outcome(entry, entry.status(), null, "Bitget finds spot orders by clientOid for 2 hours only;"
                                                            + " check the spot order history by hand");
            }
            return outcome(entry, TradeStatus.NOT_PLACED, null, "Bitget has no order with this clientOid");
        }
        try {
            FuturesOrder order = futuresOrder(entry, mode, Map.of("clientOid", entry.clientOid()));
            return outcome(entry, TradeStatus.ACCEPTED, order.orderId(), null);
        } catch (BitgetOrderNotFoundException e) {
            return outcome(entry, TradeStatus.NOT_PLACED, null, "Bitget has no order with this clientOid");
        }
    }

    private TradeOutcome settleCancel(TradeEntry entry, Mode mode) {
        Map<String, String> target = new HashMap<>();
        if (entry.orderId() != null) {
            target.put("orderId", entry.orderId());
        } else {
            target.put("clientOid", entry.clientOid());
        }
        String status;
        if (Market.SPOT.uriName().equals(entry.market())) {
            List<SpotOrder> orders = spotOrders(entry.clientOid(), entry.orderId(), mode);
            status = orders.isEmpty() ? "unknown" : orders.get(0).status();
        } else {
            status = futuresOrder(entry, mode, target).status();
        }
        boolean cancelled = "canceled".equalsIgnoreCase(status) || "cancelled".equalsIgnoreCase(status);
        return cancelled
                ? outcome(entry, TradeStatus.ACCEPTED, null, null)
                : outcome(entry, TradeStatus.REJECTED, null, "the order is " + status + ", not cancelled");
    }

    private TradeOutcome settleClose(TradeEntry entry, Mode mode) {
        List<?> positions = (List<?>) client.execute(Operation.FUTURES_POSITIONS, mode,
                Map.of("productType", entry.productType())).data();
        boolean open = positions.stream().map(Position.class::cast)
                .anyMatch(p -> p.symbol().equals(entry.symbol())
                               && (entry.side() == null || entry.side().equals(p.holdSide().wireValue())));
        return open
                ? outcome(entry, entry.status(), null, "the position is still open")
                : outcome(entry, TradeStatus.ACCEPTED, null, null);
    }

    private FuturesOrder futuresOrder(TradeEntry entry, Mode mode, Map<String, String> target) {
        Map<String, String> parameters = new HashMap<>(target);
        parameters.put("symbol", entry.symbol());
        parameters.put("productType", entry.productType());
        return (FuturesOrder) client.send(RequestPreparer.prepare(Operation.FUTURES_ORDER_DETAIL, mode, parameters))
                .data();
    }

    @SuppressWarnings("unchecked")
    private List<SpotOrder> spotOrders(String clientOid, String orderId, Mode mode) {
        Map<String, String> parameters = orderId != null ? Map.of("orderId", orderId) : Map.of("clientOid", clientOid);
        try {
            return (List<SpotOrder>) client.execute(Operation.SPOT_ORDER_DETAIL, mode, parameters).data();
        } catch (BitgetOrderNotFoundException e) {
            return List.of();
        }
    }

    private TradeOutcome outcome(TradeEntry entry, TradeStatus status, String orderId, String message) {
        return new TradeOutcome(entry.id(), status, orderId, null, message, clock.instant());
    }
}
