package io.github.camelbitget;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.client.AccountProfiles;
import io.github.camelbitget.client.RateLimits;
import io.github.camelbitget.client.BitgetHttpClients;
import io.github.camelbitget.client.ServerClock;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.stream.StreamChannel;
import io.github.camelbitget.stream.StreamConnections;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code bitget:} component: trade and read markets on Bitget from Camel routes.
 */
@Component("bitget")
public class BitgetComponent extends HealthCheckComponent {

    /** Bitget's limit of channels on one WebSocket connection. */
    private static final int MAX_CHANNELS_PER_CONNECTION = 1000;

    @Metadata(description = "Default options of every Bitget endpoint of this component")
    private BitgetConfiguration configuration = new BitgetConfiguration();

    @Metadata(label = "advanced",
              description = "A java.net.http.HttpClient to use for every endpoint's REST calls and streams instead of"
                            + " the ones the component builds from connectTimeout and the proxy options (REST calls on"
                            + " a client whose answers complete on its selector thread, streams on one with the JDK's"
                            + " default executor, since a stream's listener runs the consumer's route)")
    private HttpClient httpClient;

    @Metadata(label = "advanced",
              description = "Requests per second replacing Bitget's published limits, for accounts with lower ones (copy traders, elite traders): comma-separated operation=limit, e.g. placeOrder=1,batchPlaceOrder=1 or futures/placeOrder=1. Shared by every endpoint of the component.")
    private String rateLimitOverrides;

    private final Map<HttpSettings, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<String, ServerClock> serverClocks = new ConcurrentHashMap<>();
    private final Map<String, AccountProfiles> accountProfiles = new ConcurrentHashMap<>();
    private volatile RateLimits rateLimits;
    private final StreamConnections streams = new StreamConnections(this::streamScheduler);
    private ScheduledExecutorService streamScheduler;

    /** What distinguishes one shared HttpClient from another; REST calls and streams never share one. */
    private record HttpSettings(long connectTimeout, String proxyHost, Integer proxyPort, boolean streams) {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("The bitget: URI needs a market and an operation, like"
                                               + " bitget:futures/placeOrder or bitget:spot/tickers; got bitget:"
                                               + remaining);
        }
        Market market = Market.fromUri(remaining.substring(0, slash));
        String operationName = remaining.substring(slash + 1);
        if (operationName.equals(BitgetEndpoint.STREAM) || operationName.startsWith(BitgetEndpoint.STREAM + "/")) {
            return createStreamEndpoint(uri, market, operationName.substring(BitgetEndpoint.STREAM.length()),
                    parameters);
        }
        Operation operation = BitgetEndpoint.RECONCILE_JOURNAL.equalsIgnoreCase(operationName)
                ? null : Operation.resolve(market, operationName);
        BitgetEndpoint endpoint = new BitgetEndpoint(uri, this, market, operation, configuration.copy());
        setProperties(endpoint, parameters);
        validate(endpoint.getConfiguration());
        return endpoint;
    }

    private BitgetEndpoint createStreamEndpoint(String uri, Market market, String channelPath,
                                                Map<String, Object> parameters) throws Exception {
        if (channelPath.length() <= 1) {
            throw new IllegalArgumentException("A bitget stream URI names its channel, like bitget:" + market
                                               + "/stream/ticker?symbol=BTCUSDT; accepted channels: "
                                               + String.join(", ", StreamChannel.accepted(market)));
        }
        StreamChannel channel = StreamChannel.parse(market, channelPath.substring(1));
        BitgetEndpoint endpoint = new BitgetEndpoint(uri, this, market, channel, configuration.copy());
        setProperties(endpoint, parameters);
        BitgetConfiguration endpointConfiguration = endpoint.getConfiguration();
        validate(endpointConfiguration);
        validateStream(endpointConfiguration);
        endpoint.streamArg();
        if (channel.isPrivate() && endpointConfiguration.getApiKey() == null) {
            throw new BitgetCredentialsMissingException("bitget:" + market + "/stream/" + channel);
        }
        return endpoint;
    }

    private static void validateStream(BitgetConfiguration configuration) {
        if (!List.of("book", "updates").contains(configuration.getBookOutput())) {
            throw new IllegalArgumentException("Invalid option 'bookOutput': '" + configuration.getBookOutput()
                                               + "'; accepted values: book, updates");
        }
        positive("bookDepth", configuration.getBookDepth());
        positive("maxChannelsPerConnection", configuration.getMaxChannelsPerConnection());
        if (configuration.getMaxChannelsPerConnection() > MAX_CHANNELS_PER_CONNECTION) {
            throw new IllegalArgumentException("Invalid option 'maxChannelsPerConnection': "
                                               + configuration.getMaxChannelsPerConnection()
                                               + "; Bitget allows at most " + MAX_CHANNELS_PER_CONNECTION);
        }
        positive("pingInterval", configuration.getPingInterval());
        positive("pongTimeout", configuration.getPongTimeout());
        positive("silenceTimeout", configuration.getSilenceTimeout());
        positive("maxConnectionAge", configuration.getMaxConnectionAge());
        positive("reconnectDelay", configuration.getReconnectDelay());
        positive("reconnectMaxDelay", configuration.getReconnectMaxDelay());
        if (configuration.getPingInterval() >= Duration.ofMinutes(2).toMillis()) {
            throw new IllegalArgumentException("Invalid option 'pingInterval': " + configuration.getPingInterval()
                                               + " ms; Bitget drops a connection without a ping for 2 minutes");
        }
        String url = configuration.getWebSocketUrl();
        if (url != null && !url.startsWith("ws://") && !url.startsWith("wss://")) {
            throw new IllegalArgumentException("Invalid option 'webSocketUrl': '" + url
                                               + "'; it starts with wss:// (or ws:// for a local simulator)");
        }
    }

    private static void positive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Invalid option '" + option + "': " + value + "; it must be positive");
        }
    }

    private static void validate(BitgetConfiguration configuration) {
        Mode.fromOption(configuration.getMode());
        AccountType.fromOption(configuration.getAccountType());
        List<String> missing = new ArrayList<>();
        if (configuration.getApiKey() == null) {
            missing.add("apiKey");
        }
        if (configuration.getSecretKey() == null) {
            missing.add("secretKey");
        }
        if (configuration.getPassphrase() == null) {
            missing.add("passphrase");
        }
        if (!missing.isEmpty() && missing.size() < 3) {
            throw new IllegalArgumentException("Bitget credentials are incomplete: " + String.join(" and ", missing)
                                               + (missing.size() == 1 ? " is" : " are")
                                               + " missing; set apiKey, secretKey and passphrase together");
        }
    }

    /** The HttpClient for an endpoint's REST calls: the configured one, or one shared by endpoints with the same settings. */
    HttpClient httpClientFor(BitgetConfiguration endpointConfiguration) {
        return sharedHttpClient(endpointConfiguration, false);
    }

    /**
     * The HttpClient for a stream consumer's WebSocket: the configured one, or one shared by stream consumers with the
     * same settings. It keeps the JDK's default executor, since the socket's listener runs the consumer's route.
     */
    HttpClient streamHttpClientFor(BitgetConfiguration endpointConfiguration) {
        return sharedHttpClient(endpointConfiguration, true);
    }

    private HttpClient sharedHttpClient(BitgetConfiguration endpointConfiguration, boolean streams) {
        if (httpClient != null) {
            return httpClient;
        }
        HttpSettings settings = new HttpSettings(endpointConfiguration.getConnectTimeout(),
                endpointConfiguration.getProxyHost(), endpointConfiguration.getProxyPort(), streams);
        return httpClients.computeIfAbsent(settings, BitgetComponent::newHttpClient);
    }

    private static HttpClient newHttpClient(HttpSettings settings) {
        Duration connectTimeout = Duration.ofMillis(settings.connectTimeout());
        ProxySelector proxy = settings.proxyHost() == null ? null : ProxySelector.of(new InetSocketAddress(
                settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort()));
        return settings.streams() ? BitgetHttpClients.forStreams(connectTimeout, proxy)
                : BitgetHttpClients.forRequests(connectTimeout, proxy);
    }

    /** The WebSocket connections of every stream consumer of this component. */
    StreamConnections streams() {
        return streams;
    }

    /** Pings, timeouts, paced sends and reconnects of every stream connection: light work, one thread. */
    private synchronized ScheduledExecutorService streamScheduler() {
        if (streamScheduler == null) {
            streamScheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "BitgetStream");
        }
        return streamScheduler;
    }

    /** Bitget's limits, counted for every endpoint of this component together. */
    RateLimits rateLimits() {
        RateLimits limits = rateLimits;
        if (limits == null) {
            synchronized (this) {
                if (rateLimits == null) {
                    rateLimits = new RateLimits(RateLimits.parseOverrides(rateLimitOverrides));
                }
                limits = rateLimits;
            }
        }
        return limits;
    }

    /** Bitget's clock as measured for one base URL, shared by its endpoints. */
    ServerClock serverClock(String baseUrl) {
        return serverClocks.computeIfAbsent(baseUrl, url -> new ServerClock());
    }

    /** The account kind of each API key, as Bitget answered for one base URL, shared by its endpoints. */
    AccountProfiles accountProfiles(String baseUrl) {
        return accountProfiles.computeIfAbsent(baseUrl, url -> new AccountProfiles());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        RateLimits.parseOverrides(rateLimitOverrides);
    }

    @Override
    protected void doStop() throws Exception {
        streams.closeAll();
        synchronized (this) {
            if (streamScheduler != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(streamScheduler);
                streamScheduler = null;
            }
        }
        httpClients.clear();
        super.doStop();
    }

    public BitgetConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BitgetConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getRateLimitOverrides() {
        return rateLimitOverrides;
    }

    public void setRateLimitOverrides(String rateLimitOverrides) {
        this.rateLimitOverrides = rateLimitOverrides;
        this.rateLimits = null;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }
}
