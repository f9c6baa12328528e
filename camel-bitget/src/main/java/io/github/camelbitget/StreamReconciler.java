package io.github.camelbitget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.client.BitgetClient;
import io.github.camelbitget.stream.ChannelArg;
import io.github.camelbitget.stream.StreamChannel;

/**
 * Closes the gap a lost connection leaves in a private channel (Bitget does not replay pushes, bitget-api.md §7.1):
 * it remembers the last delivered state of every order, position or balance, and after a reconnect reads the same
 * over REST and reports what differs. Orders are identified by orderId and compared by status and filled size
 * ({@code baseVolume}), so a push that arrives twice is delivered once; positions and balances by the fields the
 * polling consumer compares.
 */
final class StreamReconciler {

    private static final List<String> ORDER_KEY = List.of("orderId");
    private static final List<String> ORDER_FIELDS = List.of("status", "baseVolume");
    private static final String RECENT_ORDERS = "100";

    private final Supplier<List<Object>> restState;
    private final ChangeTracker tracker;
    private final boolean ordersChannel;
    /** Positions: a push and a REST answer list every open one, so one left out was closed. */
    private final boolean reportsClosed;
    private volatile boolean baselined;

    private StreamReconciler(Supplier<List<Object>> restState, ChangeTracker tracker, boolean ordersChannel,
                             boolean reportsClosed) {
        this.restState = restState;
        this.tracker = tracker;
        this.ordersChannel = ordersChannel;
        this.reportsClosed = reportsClosed;
    }

    /** The reconciler of a private channel, or null for a channel that needs none (public channels, fills). */
    static StreamReconciler of(StreamChannel channel, ChannelArg arg, BitgetClient client, Mode mode,
                               String productType) {
        boolean spot = arg.instType().equals("SPOT");
        String symbol = "default".equals(arg.instId()) ? null : arg.instId();
        return switch (channel.kind()) {
            case ORDERS -> new StreamReconciler(() -> {
                List<Object> orders = new ArrayList<>();
                Map<String, Object> query = new HashMap<>();
                if (!spot) {
                    query.put("productType", productType);
                }
                if (symbol != null) {
                    query.put("symbol", symbol);
                }
                orders.addAll(list(client, spot ? Operation.SPOT_OPEN_ORDERS : Operation.FUTURES_PENDING_ORDERS,
                        mode, query));
                query.put("limit", RECENT_ORDERS);
                orders.addAll(list(client, spot ? Operation.SPOT_ORDERS_HISTORY : Operation.FUTURES_ORDERS_HISTORY,
                        mode, query));
                return orders;
            }, new ChangeTracker(ORDER_KEY, ORDER_FIELDS), true, false);
            case POSITIONS -> new StreamReconciler(
                    () -> list(client, Operation.FUTURES_POSITIONS, mode, Map.of("productType", productType)),
                    tracker(PolledItems.FUTURES_POSITIONS), false, true);
            case ACCOUNT -> spot
                    ? new StreamReconciler(() -> list(client, Operation.SPOT_ASSETS, mode, Map.of()),
                            tracker(PolledItems.SPOT_ASSETS), false, false)
                    : new StreamReconciler(
                            () -> list(client, Operation.FUTURES_ACCOUNTS, mode, Map.of("productType", productType)),
                            tracker(PolledItems.FUTURES_ACCOUNTS), false, false);
            default -> null;
        };
    }

    private static ChangeTracker tracker(PolledItems items) {
        return new ChangeTracker(items.keyFields(), items.defaultChangeFields());
    }

    private static List<Object> list(BitgetClient client, Operation operation, Mode mode, Map<String, ?> query) {
        return new ArrayList<>((List<?>) client.execute(operation, mode, query).data());
    }

    /** Whether a pushed order was delivered before in the same state (orders only: other pushes always flow). */
    boolean isDuplicate(Object item) {
        return ordersChannel && tracker.isUnchanged(tracker.observe(item));
    }

    void delivered(Object item) {
        tracker.commit(new ChangeTracker.ItemChange(Change.CHANGED, tracker.observe(item)));
    }

    /**
     * The items a push that carries the whole state ({@code positions}: every open position, none when the last one
     * closed) leaves out: they are gone, CLOSED with their last delivered state.
     */
    List<ChangeTracker.ItemChange> goneFrom(List<Object> items) {
        List<ChangeTracker.Observation> current = items.stream().map(tracker::observe).toList();
        return tracker.changes(current).stream().filter(change -> change.change() == Change.CLOSED).toList();
    }

    boolean hasBaseline() {
        return baselined;
    }

    /**
     * Remembers the state over REST without reporting it: what was there before the stream started. An item pushed
     * meanwhile keeps its pushed state, which may be newer than the REST answer.
     */
    void baseline() {
        for (Object item : restState.get()) {
            ChangeTracker.Observation observation = tracker.observe(item);
            if (!tracker.knows(observation)) {
                tracker.commit(new ChangeTracker.ItemChange(Change.OPENED, observation));
            }
        }
        baselined = true;
    }

    /** Whether every push carries the whole state, so that what it leaves out is gone. */
    boolean pushesWholeState() {
        return reportsClosed;
    }

    /** What differs between the last delivered state and REST's; gone positions are CLOSED. */
    List<ChangeTracker.ItemChange> reconcile() {
        List<ChangeTracker.Observation> current = restState.get().stream().map(tracker::observe).toList();
        return tracker.changes(current).stream()
                .filter(change -> reportsClosed || change.change() != Change.CLOSED).toList();
    }

    void commit(ChangeTracker.ItemChange change) {
        tracker.commit(change);
    }
}
