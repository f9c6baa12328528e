package io.github.camelbitget;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.client.BitgetResponse;
import io.github.camelbitget.exception.BitgetApiException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Polls a Bitget list (tickers, positions, orders, balances) and emits one exchange per item, or the whole list. With
 * {@code changesOnly} it emits only what was opened, changed or closed since the last poll; that state advances only
 * for exchanges the route completed, so a failed poll or a failed exchange is emitted again at the next poll.
 */
public class BitgetConsumer extends ScheduledBatchPollingConsumer {

    /** Details of the consumer's health check. */
    static final String BITGET_CODE_DETAIL = "bitget.code";

    private final RequestResolver requestResolver;
    private final PolledItems polledItems;
    private final BitgetConfiguration configuration;
    private PreparedRequest request;
    private ChangeTracker tracker;

    public BitgetConsumer(BitgetEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.polledItems = PolledItems.of(endpoint.operation());
        this.requestResolver = new RequestResolver(endpoint.market(), endpoint.operation(), configuration);
    }

    @Override
    public BitgetEndpoint getEndpoint() {
        return (BitgetEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        request = requestResolver.fromConfiguration();
        tracker = new ChangeTracker(polledItems.keyFields(), changeFields());
        super.doStart();
    }

    private List<String> changeFields() {
        if (configuration.getChangeFields() == null || configuration.getChangeFields().isBlank()) {
            return polledItems.defaultChangeFields();
        }
        List<String> fields = List.of(configuration.getChangeFields().split("\\s*,\\s*"));
        Class<?> recordType = polledItems.operation().resultType().recordType();
        List<String> known = java.util.Arrays.stream(recordType.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        for (String field : fields) {
            if (!known.contains(field)) {
                throw new IllegalArgumentException("Invalid option 'changeFields': " + field + " is not a field of "
                                                   + recordType.getSimpleName() + "; accepted: "
                                                   + String.join(", ", known));
            }
        }
        return fields;
    }

    @Override
    protected int poll() throws Exception {
        long pollTime = System.currentTimeMillis();
        BitgetResponse response;
        try {
            response = getEndpoint().getClient().send(request);
        } catch (BitgetApiException e) {
            addLastErrorDetail(BITGET_CODE_DETAIL, e.getCode());
            throw e;
        }
        List<ChangeTracker.Observation> observations = ((List<?>) response.data()).stream()
                .map(tracker::observe).toList();
        List<ChangeTracker.ItemChange> changes = configuration.isChangesOnly()
                ? tracker.changes(observations)
                : observations.stream().map(o -> new ChangeTracker.ItemChange(null, o)).toList();
        if (getMaxMessagesPerPoll() > 0 && changes.size() > getMaxMessagesPerPoll()) {
            changes = changes.subList(0, getMaxMessagesPerPoll());
        }
        Queue<Object> exchanges = new ArrayDeque<>();
        if (configuration.isSplitResult()) {
            changes.forEach(change -> exchanges.add(itemExchange(change, response, pollTime)));
        } else if (!changes.isEmpty() || !configuration.isChangesOnly()) {
            exchanges.add(listExchange(changes, observations, response, pollTime));
        }
        return processBatch(exchanges);
    }

    private Exchange itemExchange(ChangeTracker.ItemChange change, BitgetResponse response, long pollTime) {
        Exchange exchange = createExchange(true);
        Message message = exchange.getMessage();
        ChangeTracker.Observation observation = change.observation();
        message.setBody(observation.item());
        setHeaderFromField(message, BitgetConstants.SYMBOL, observation, "symbol");
        setHeaderFromField(message, BitgetConstants.HOLD_SIDE, observation, "holdSide");
        setHeaderFromField(message, BitgetConstants.ORDER_ID, observation, "orderId");
        setHeaderFromField(message, BitgetConstants.CLIENT_OID, observation, "clientOid");
        commonHeaders(message, change.change(), response, pollTime);
        if (change.change() != null) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onComplete(Exchange completed) {
                    tracker.commit(change);
                }
            });
        }
        return exchange;
    }

    /** One exchange with the whole list; with changesOnly it is sent only when something changed. */
    private Exchange listExchange(List<ChangeTracker.ItemChange> changes, List<ChangeTracker.Observation> all,
                                  BitgetResponse response, long pollTime) {
        Exchange exchange = createExchange(true);
        Message message = exchange.getMessage();
        message.setBody(all.stream().map(ChangeTracker.Observation::item).toList());
        Change change = null;
        if (configuration.isChangesOnly()) {
            change = changes.stream().allMatch(c -> c.change() == Change.OPENED) ? Change.OPENED : Change.CHANGED;
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onComplete(Exchange completed) {
                    changes.forEach(tracker::commit);
                }
            });
        }
        if (configuration.getSymbol() != null) {
            message.setHeader(BitgetConstants.SYMBOL, configuration.getSymbol());
        }
        commonHeaders(message, change, response, pollTime);
        return exchange;
    }

    private static void commonHeaders(Message message, Change change, BitgetResponse response, long pollTime) {
        message.setHeader(BitgetConstants.POLL_TIME, pollTime);
        message.setHeader(BitgetConstants.REQUEST_TIME, response.requestTime());
        if (change != null) {
            message.setHeader(BitgetConstants.CHANGE, change);
        }
    }

    private static void setHeaderFromField(Message message, String header, ChangeTracker.Observation observation,
                                           String field) {
        String value = observation.fields().path(field).asText(null);
        if (value != null && !value.isEmpty()) {
            message.setHeader(header, value);
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) {
        int total = exchanges.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            AsyncCallback callback = defaultConsumerCallback(exchange, true);
            getAsyncProcessor().process(exchange, callback);
        }
        return total;
    }
}
