package io.github.camelbitget;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.client.BitgetClient;
import io.github.camelbitget.client.BitgetCredentials;
import io.github.camelbitget.client.RetryPolicy;
import io.github.camelbitget.stream.ChannelArg;
import io.github.camelbitget.stream.StreamChannel;
import io.github.camelbitget.stream.StreamSettings;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Trade spot and USDT-, USDC- and coin-margined futures on Bitget (classic and unified accounts, live and demo
 * trading): market data, accounts, positions and orders; poll tickers, positions, orders and balances.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "bitget", title = "Bitget", syntax = "bitget:market/operation/channel",
             category = { Category.FINANCE, Category.API }, headersClass = BitgetConstants.class)
public class BitgetEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** The operation that settles the trade journal instead of calling one Bitget endpoint. */
    static final String RECONCILE_JOURNAL = "reconcileJournal";

    /** The operation that streams a WebSocket channel: {@code bitget:<market>/stream/<channel>}. */
    static final String STREAM = "stream";
    static final String LIVE_WEB_SOCKET_URL = "wss://ws.bitget.com";
    static final String DEMO_WEB_SOCKET_URL = "wss://wspap.bitget.com";

    /** Bitget limits futures/positions to 5 requests per second per account; 5 s leaves room for the rest. */
    static final long DEFAULT_POLL_DELAY = 5000;

    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_POLL_DELAY, javaType = "java.time.Duration",
              description = "Milliseconds between the end of one poll and the start of the next. Bitget limits"
                            + " futures/positions to 5 requests per second per account, shared with every other"
                            + " client of the account.")
    private long delay = DEFAULT_POLL_DELAY;

    @UriPath(enums = "spot,futures", description = "Bitget market of the operation: spot or futures")
    @Metadata(required = true)
    private final String market;

    @UriPath(enums = "tickers,candles,orderbook,accounts,assets,positions,pendingOrders,ordersHistory,placeOrder,"
                     + "cancelOrder,closePosition,setLeverage,serverTime,contracts,symbols,orderDetail,modifyOrder,"
                     + "batchPlaceOrder,fills,setMarginMode,setPositionMode,openOrders,accountSettings,"
                     + "countdownCancelAll,reconcileJournal,stream",
             description = "Operation to call. futures: tickers, candles, orderbook, accounts, positions,"
                           + " pendingOrders, ordersHistory, placeOrder, cancelOrder, closePosition, setLeverage,"
                           + " contracts, orderDetail, modifyOrder, batchPlaceOrder, fills, setMarginMode,"
                           + " setPositionMode, serverTime. spot: tickers, candles, assets, placeOrder, cancelOrder,"
                           + " symbols, openOrders, ordersHistory, orderDetail, fills, serverTime. Both markets:"
                           + " accountSettings and countdownCancelAll (unified trading accounts only);"
                           + " reconcileJournal settles the trade journal's pending entries; stream (consumer only)"
                           + " streams the WebSocket channel named by the third part of the URI.")
    @Metadata(required = true)
    private final String operation;

    @UriPath(label = "consumer",
             description = "Only with operation stream: the channel of Bitget's v2 WebSocket. Public: ticker, books"
                           + " (full depth, kept locally and checksum-verified), books1, books5, books15, trade,"
                           + " candle<interval> (candle1m, candle5m, candle15m, candle30m, candle1H, candle4H,"
                           + " candle6H, candle12H, candle1D, candle3D, candle1W, candle1M and the ...utc variants);"
                           + " private (login with the API key): orders, positions (futures), account, fill.")
    private final String channel;

    @UriParam
    private final BitgetConfiguration configuration;

    private final Market marketValue;
    private final Operation operationValue;
    private final StreamChannel streamChannel;
    private BitgetClient client;

    BitgetEndpoint(String uri, BitgetComponent component, Market market, Operation operation,
                   BitgetConfiguration configuration) {
        this(uri, component, market, operation, null, configuration);
    }

    BitgetEndpoint(String uri, BitgetComponent component, Market market, StreamChannel streamChannel,
                   BitgetConfiguration configuration) {
        this(uri, component, market, null, streamChannel, configuration);
    }

    private BitgetEndpoint(String uri, BitgetComponent component, Market market, Operation operation,
                           StreamChannel streamChannel, BitgetConfiguration configuration) {
        super(uri, component);
        this.market = market.uriName();
        this.operation = streamChannel != null ? STREAM
                : operation == null ? RECONCILE_JOURNAL : operation.operationName();
        this.channel = streamChannel == null ? null : streamChannel.name();
        this.marketValue = market;
        this.operationValue = operation;
        this.streamChannel = streamChannel;
        this.configuration = configuration;
        setDelay(DEFAULT_POLL_DELAY);
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public BitgetComponent getComponent() {
        return (BitgetComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (isStream()) {
            throw new IllegalArgumentException("bitget:" + market + "/stream/" + channel + " is consumer-only: use it"
                                               + " in from(...); to read once in a route, call a REST operation such"
                                               + " as bitget:" + market + "/tickers");
        }
        return isReconcileJournal() ? new ReconcileJournalProducer(this) : new BitgetProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (isStream()) {
            BitgetStreamConsumer consumer = new BitgetStreamConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        if (isReconcileJournal()) {
            throw new IllegalArgumentException("bitget:" + market + "/" + RECONCILE_JOURNAL + " cannot be consumed;"
                                               + " call it from a timer route");
        }
        BitgetConsumer consumer = new BitgetConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        BitgetClient.Builder builder = BitgetClient.builder()
                .httpClient(getComponent().httpClientFor(configuration))
                .baseUrl(configuration.getBaseUrl())
                .requestTimeout(Duration.ofMillis(configuration.getRequestTimeout()))
                .locale(configuration.getLocale())
                .rateLimits(configuration.isRateLimitEnabled() ? getComponent().rateLimits() : null,
                        Duration.ofMillis(configuration.getRateLimitMaxWait()),
                        Duration.ofMillis(configuration.getRateLimitBackoff()))
                .serverClock(configuration.isClockSync()
                        ? getComponent().serverClock(configuration.getBaseUrl()) : null)
                .retryPolicy(new RetryPolicy(configuration.getRetryAttempts(),
                        Duration.ofMillis(configuration.getRetryDelay()),
                        Duration.ofMillis(configuration.getRetryMaxDelay())))
                .orderResend(configuration.isOrderResend())
                .accountType(AccountType.fromOption(configuration.getAccountType()))
                .accountProfiles(getComponent().accountProfiles(configuration.getBaseUrl()));
        if (configuration.getApiKey() != null) {
            builder.credentials(new BitgetCredentials(configuration.getApiKey(), configuration.getSecretKey(),
                    configuration.getPassphrase()));
        }
        client = builder.build();
    }

    BitgetClient getClient() {
        return client;
    }

    public String getMarket() {
        return market;
    }

    public String getOperation() {
        return operation;
    }

    public String getChannel() {
        return channel;
    }

    Market market() {
        return marketValue;
    }

    /** The Bitget operation, or null for reconcileJournal. */
    Operation operation() {
        return operationValue;
    }

    boolean isReconcileJournal() {
        return operationValue == null && streamChannel == null;
    }

    boolean isStream() {
        return streamChannel != null;
    }

    StreamChannel streamChannel() {
        return streamChannel;
    }

    /** The subscription of a stream endpoint. */
    ChannelArg streamArg() {
        return streamChannel.arg(configuration.getProductType(), configuration.getSymbol());
    }

    /** The WebSocket URL of a stream endpoint: webSocketUrl or the mode's host, and the public or private path. */
    URI webSocketUri() {
        String base = configuration.getWebSocketUrl() != null ? configuration.getWebSocketUrl()
                : Mode.fromOption(configuration.getMode()) == Mode.DEMO ? DEMO_WEB_SOCKET_URL : LIVE_WEB_SOCKET_URL;
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + (streamChannel.isPrivate() ? "/v2/ws/private" : "/v2/ws/public"));
    }

    /** The API key of a private stream; public streams never log in. */
    BitgetCredentials credentials() {
        return streamChannel.isPrivate() && configuration.getApiKey() != null
                ? new BitgetCredentials(configuration.getApiKey(), configuration.getSecretKey(),
                        configuration.getPassphrase())
                : null;
    }

    StreamSettings streamSettings() {
        return new StreamSettings(Duration.ofMillis(configuration.getPingInterval()),
                Duration.ofMillis(configuration.getPongTimeout()), Duration.ofMillis(configuration.getSilenceTimeout()),
                Duration.ofMillis(configuration.getMaxConnectionAge()),
                Duration.ofMillis(configuration.getReconnectDelay()),
                Duration.ofMillis(configuration.getReconnectMaxDelay()), configuration.getMaxChannelsPerConnection());
    }

    public BitgetConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        return isStream() ? webSocketUri().toString() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return isStream() ? "websocket" : "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("mode", configuration.getMode(), "productType", configuration.getProductType());
    }
}
