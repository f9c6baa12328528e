package io.github.camelbitget.benchmarks;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitget.BitgetComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The component as a route uses it: a ProducerTemplate sending to {@code bitget:} endpoints, each resolved once as a
 * route's {@code to(...)} is (resolving the URI string on every call would add Camel's endpoint lookup to each call).
 */
final class ComponentClient implements AutoCloseable {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    ComponentClient(String baseUrl) {
        this(baseUrl, null);
    }

    /** With the given HttpClient, or the component's own when {@code null}. */
    ComponentClient(String baseUrl, HttpClient httpClient) {
        BitgetComponent bitget = new BitgetComponent();
        bitget.setHttpClient(httpClient);
        bitget.getConfiguration().setBaseUrl(baseUrl);
        bitget.getConfiguration().setApiKey("bench-key");
        bitget.getConfiguration().setSecretKey("bench-secret");
        bitget.getConfiguration().setPassphrase("bench-passphrase");
        // the benchmark measures the client's own cost; Bitget's limits would cap it at 10 to 20 calls per second
        bitget.getConfiguration().setRateLimitEnabled(false);
        // the canned server speaks v2 only, like the raw client: no account-type probe over v3
        bitget.getConfiguration().setAccountType("classic");
        context.addComponent("bitget", bitget);
        context.start();
        template = context.createProducerTemplate();
    }

    Object call(String uri) {
        return call(endpoint(uri));
    }

    Endpoint endpoint(String uri) {
        return endpoints.computeIfAbsent(uri, context::getEndpoint);
    }

    Object call(Endpoint endpoint) {
        return template.requestBody(endpoint, (Object) null);
    }

    @Override
    public void close() {
        context.stop();
    }
}
