package io.github.camelbitget;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.model.FuturesFill;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotOrder;
import io.github.camelbitget.stream.ChannelArg;
import io.github.camelbitget.stream.LocalOrderBook;
import io.github.camelbitget.stream.StreamChannel;
import io.github.camelbitget.stream.StreamConnection;
import io.github.camelbitget.stream.StreamListener;
import io.github.camelbitget.stream.StreamMessage;
import io.github.camelbitget.stream.StreamRecords;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one channel of Bitget's WebSocket into the route: one exchange per pushed item (or per push with
 * {@code splitResult=false}), with the records the producer returns. Channel {@code books} is kept as a local book
 * checked against Bitget's checksum; private channels are reconciled over REST after every reconnect, so a lost
 * connection hides no order, position or balance change. Pushes are processed in order on the connection's thread.
 */
public class BitgetStreamConsumer extends DefaultConsumer implements StreamListener {

    static final String ACTION_RECONCILE = "reconcile";
    private static final Logger LOG = LoggerFactory.getLogger(BitgetStreamConsumer.class);
    private static final String ACTION_SNAPSHOT = "snapshot";

    private final StreamChannel channel;
    private final ChannelArg arg;
    private final BitgetConfiguration configuration;
    private final boolean emitBook;
    private final Object deliveries = new Object();
    private LocalOrderBook book;
    private boolean awaitingSnapshot = true;
    private StreamReconciler reconciler;
    private ExecutorService reconcileExecutor;
    private volatile StreamConnection connection;
    private volatile Exception lastError;

    public BitgetStreamConsumer(BitgetEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.channel = endpoint.streamChannel();
        this.arg = endpoint.streamArg();
        this.emitBook = !"updates".equals(configuration.getBookOutput());
    }

    @Override
    public BitgetEndpoint getEndpoint() {
        return (BitgetEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        setHealthCheck(new StreamHealthCheck(this));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        book = channel.isIncrementalBook() ? new LocalOrderBook() : null;
        reconciler = StreamReconciler.of(channel, arg, getEndpoint().getClient(),
                Mode.fromOption(configuration.getMode()), configuration.getProductType());
        if (reconciler != null) {
            reconcileExecutor = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadExecutor(this, "BitgetStreamReconcile");
        }
        BitgetComponent component = getEndpoint().getComponent();
        LongSupplier clock = configuration.isClockSync()
                ? component.serverClock(configuration.getBaseUrl())::now : System::currentTimeMillis;
        connection = component.streams().subscribe(getEndpoint().webSocketUri(), getEndpoint().credentials(),
                getEndpoint().streamSettings(), component.streamHttpClientFor(configuration),
                Duration.ofMillis(configuration.getConnectTimeout()), clock, arg, this);
    }

    @Override
    protected void doStop() throws Exception {
        StreamConnection stopped = connection;
        connection = null;
        if (stopped != null) {
            getEndpoint().getComponent().streams().unsubscribe(stopped, arg, this);
        }
        if (reconcileExecutor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(reconcileExecutor);
            reconcileExecutor = null;
        }
        super.doStop();
    }

    @Override
    public void onSubscribed(boolean afterLoss) {
        lastError = null;
        ExecutorService executor = reconcileExecutor;
        if (executor != null) {
            executor.execute(() -> reconcile(afterLoss));
        }
    }

    private void reconcile(boolean afterLoss) {
        try {
            if (!afterLoss || !reconciler.hasBaseline()) {
                reconciler.baseline();
                return;
            }
            long now = System.currentTimeMillis();
            synchronized (deliveries) {
                for (ChangeTracker.ItemChange change : reconciler.reconcile()) {
                    Exchange exchange = createExchange(false);
                    Message message = exchange.getMessage();
                    message.setBody(change.observation().item());
                    headers(message, ACTION_RECONCILE, null, now, change.observation().item());
                    message.setHeader(BitgetConstants.CHANGE, change.change());
                    if (process(exchange)) {
                        reconciler.commit(change);
                    }
                }
            }
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Bitget stream " + arg + ": reconciliation over REST failed; it is"
                                                  + " tried again after the next reconnect", e);
        }
    }

    @Override
    public void onMessage(StreamMessage message) {
        try {
            if (channel.kind() == StreamChannel.Kind.BOOK) {
                onBook(message);
            } else {
                onItems(message);
            }
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Bitget stream " + arg + ": cannot read a push", e);
        }
    }

    private void onItems(StreamMessage message) {
        List<Object> items = StreamRecords.read(channel, message);
        synchronized (deliveries) {
            List<ChangeTracker.ItemChange> gone = List.of();
            if (reconciler != null && reconciler.pushesWholeState()) {
                gone = reconciler.goneFrom(items);
            } else if (reconciler != null) {
                items = items.stream().filter(item -> !reconciler.isDuplicate(item)).toList();
            }
            if (!configuration.isSplitResult()) {
                if (!items.isEmpty() || !gone.isEmpty()) {
                    emit(items, message, null, null);
                }
                gone.forEach(reconciler::commit);
                return;
            }
            for (Object item : items) {
                emit(item, message, null, item);
            }
            for (ChangeTracker.ItemChange change : gone) {
                Exchange exchange = createExchange(false);
                exchange.getMessage().setBody(change.observation().item());
                headers(exchange.getMessage(), message.action(), null, message.ts(), change.observation().item());
                exchange.getMessage().setHeader(BitgetConstants.CHANGE, Change.CLOSED);
                if (process(exchange)) {
                    reconciler.commit(change);
                }
            }
        }
    }

    private void emit(Object body, StreamMessage push, Long seq, Object item) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(body);
        headers(message, push.action(), seq, push.ts(), item);
        if (process(exchange) && reconciler != null) {
            if (item != null) {
                reconciler.delivered(item);
            } else {
                ((List<?>) body).forEach(reconciler::delivered);
            }
        }
    }

    private void onBook(StreamMessage message) {
        JsonNode data = message.data().path(0);
        Long seq = data.hasNonNull("seq") ? data.get("seq").asLong() : null;
        if (book == null) {
            emit(LocalOrderBook.ofSnapshot(data, configuration.getBookDepth()), message, seq, null);
            return;
        }
        if (ACTION_SNAPSHOT.equals(message.action())) {
            book.snapshot(data);
            awaitingSnapshot = false;
        } else if (awaitingSnapshot) {
            return;
        } else {
            String broken = book.update(data);
            if (broken != null) {
                LOG.warn("Bitget stream {}: the local book is broken ({}); resubscribing for a fresh snapshot", arg,
                        broken);
                awaitingSnapshot = true;
                StreamConnection current = connection;
                if (current != null) {
                    current.resubscribe(arg);
                }
                return;
            }
        }
        OrderBook body = emitBook ? book.top(configuration.getBookDepth()) : LocalOrderBook.asSent(data);
        emit(body, message, seq, null);
    }

    private void headers(Message message, String action, Long seq, Long eventTime, Object item) {
        message.setHeader(BitgetConstants.CHANNEL, arg.channel());
        message.setHeader(BitgetConstants.ACTION, action);
        message.setHeader(BitgetConstants.INST_TYPE, arg.instType());
        if (seq != null) {
            message.setHeader(BitgetConstants.SEQUENCE, seq);
        }
        if (eventTime != null) {
            message.setHeader(BitgetConstants.EVENT_TIME, eventTime);
        }
        String symbol = arg.instId() == null || "default".equals(arg.instId()) ? symbolOf(item) : arg.instId();
        if (symbol != null) {
            message.setHeader(BitgetConstants.SYMBOL, symbol);
        }
        if (item instanceof FuturesOrder order) {
            message.setHeader(BitgetConstants.ORDER_ID, order.orderId());
            message.setHeader(BitgetConstants.CLIENT_OID, order.clientOid());
        } else if (item instanceof SpotOrder order) {
            message.setHeader(BitgetConstants.ORDER_ID, order.orderId());
            message.setHeader(BitgetConstants.CLIENT_OID, order.clientOid());
        }
    }

    private static String symbolOf(Object item) {
        if (item instanceof FuturesOrder order) {
            return order.symbol();
        } else if (item instanceof SpotOrder order) {
            return order.symbol();
        } else if (item instanceof Position position) {
            return position.symbol();
        } else if (item instanceof FuturesFill fill) {
            return fill.symbol();
        } else if (item instanceof SpotFill fill) {
            return fill.symbol();
        }
        return null;
    }

    /** Runs the route; false when it failed (the failure went to the exception handler). */
    private boolean process(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        if (failure != null) {
            getExceptionHandler().handleException("Error processing a Bitget stream push", exchange, failure);
        }
        releaseExchange(exchange, false);
        return failure == null;
    }

    @Override
    public void onError(Exception error) {
        lastError = error;
        getExceptionHandler().handleException("Bitget stream " + arg + ": " + error.getMessage(), error);
    }

    ChannelArg arg() {
        return arg;
    }

    StreamConnection connection() {
        return connection;
    }

    /**
     * Whether the stream delivers: Bitget confirmed the subscription and, for a private channel, the state it starts
     * from has been read over REST, so that a later reconnect can tell what it missed.
     */
    boolean isStreaming() {
        StreamConnection current = connection;
        return current != null && current.isSubscribed(arg) && (reconciler == null || reconciler.hasBaseline());
    }

    /** Why the stream last failed, or null since it was last confirmed. */
    Exception lastError() {
        return lastError;
    }
}
