package io.github.camelbitget;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.client.AccountProfiles;
import io.github.camelbitget.client.RateLimits;
import io.github.camelbitget.client.ServerClock;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code bitget:} component: trade and read markets on Bitget from Camel routes.
 */
@Component("bitget")
public class BitgetComponent extends HealthCheckComponent {

    @Metadata(description = "Default options of every Bitget endpoint of this component")
    private BitgetConfiguration configuration = new BitgetConfiguration();

    @Metadata(label = "advanced",
              description = "A java.net.http.HttpClient to use for every endpoint instead of the one the component"
                            + " builds from connectTimeout and the proxy options")
    private HttpClient httpClient;

    @Metadata(label = "advanced",
              description = "Requests per second replacing Bitget's published limits, for accounts with lower ones (copy traders, elite traders): comma-separated operation=limit, e.g. placeOrder=1,batchPlaceOrder=1 or futures/placeOrder=1. Shared by every endpoint of the component.")
    private String rateLimitOverrides;

    private final Map<HttpSettings, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<String, ServerClock> serverClocks = new ConcurrentHashMap<>();
    private final Map<String, AccountProfiles> accountProfiles = new ConcurrentHashMap<>();
    private volatile RateLimits rateLimits;

    /** What distinguishes one shared HttpClient from another. */
    private record HttpSettings(long connectTimeout, String proxyHost, Integer proxyPort) {
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
        Operation operation = BitgetEndpoint.RECONCILE_JOURNAL.equalsIgnoreCase(operationName)
                ? null : Operation.resolve(market, operationName);
        BitgetEndpoint endpoint = new BitgetEndpoint(uri, this, market, operation, configuration.copy());
        setProperties(endpoint, parameters);
        validate(endpoint.getConfiguration());
        return endpoint;
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

    /** The HttpClient for an endpoint: the configured one, or one shared by endpoints with the same settings. */
    HttpClient httpClientFor(BitgetConfiguration endpointConfiguration) {
        if (httpClient != null) {
            return httpClient;
        }
        HttpSettings settings = new HttpSettings(endpointConfiguration.getConnectTimeout(),
                endpointConfiguration.getProxyHost(), endpointConfiguration.getProxyPort());
        return httpClients.computeIfAbsent(settings, BitgetComponent::newHttpClient);
    }

    private static HttpClient newHttpClient(HttpSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(settings.connectTimeout()));
        if (settings.proxyHost() != null) {
            int port = settings.proxyPort() == null ? 8080 : settings.proxyPort();
            builder.proxy(ProxySelector.of(new InetSocketAddress(settings.proxyHost(), port)));
        }
        return builder.build();
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
