package io.github.camelbitget.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Camel tests against WireMock standing in for Bitget: stubs answer with Bitget's envelope, and the helpers check what
 * went over the wire, recomputing the signature independently of the component's signer.
 */
public abstract class WireMockBitgetTestSupport extends CamelTestSupport {

    public static final String API_KEY = "test-api-key-7f3a";
    public static final String SECRET_KEY = "test-secret-key-91c4e";
    public static final String PASSPHRASE = "test-passphrase-22b8";
    public static final long REQUEST_TIME = 1731000000123L;

    protected static WireMockServer wireMock;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void resetWireMock() {
        wireMock.resetAll();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setBaseUrl(wireMock.baseUrl());
        // tests assert the exact requests sent; the clock tests turn the server-time measurement back on
        bitget.getConfiguration().setClockSync(false);
        bitget.getConfiguration().setAccountType(accountType());
        if (withCredentials()) {
            bitget.getConfiguration().setApiKey(API_KEY);
            bitget.getConfiguration().setSecretKey(SECRET_KEY);
            bitget.getConfiguration().setPassphrase(PASSPHRASE);
        }
        context.addComponent("bitget", bitget);
        return context;
    }

    /**
     * The account type the component is configured with: classic by default, so that tests see only the request
     * under test; the account-type tests use auto and unified, which first read the account settings.
     */
    protected String accountType() {
        return "classic";
    }

    /** Whether the component is configured with API credentials. */
    protected boolean withCredentials() {
        return true;
    }

    protected static String envelope(String dataJson) {
        return "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":" + REQUEST_TIME + ",\"data\":" + dataJson + "}";
    }

    protected static void stubGet(String path, String dataJson) {
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(envelope(dataJson))));
    }

    protected static void stubPost(String path, String dataJson) {
        wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(envelope(dataJson))));
    }

    protected static void stubError(int httpStatus, String code, String msg) {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(httpStatus)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"requestTime\":" + REQUEST_TIME
                          + ",\"data\":null}")));
    }

    /** The one request WireMock received. */
    protected static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).as("requests sent to Bitget").hasSize(1);
        return requests.get(0);
    }

    /** The one request WireMock received for a path (besides others, such as the account-settings question). */
    protected static LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).as("requests sent to " + path).hasSize(1);
        return requests.get(0);
    }

    /** The paths of every request WireMock received, in order. */
    protected static List<String> sentPaths() {
        return wireMock.findAll(anyRequestedFor(anyUrl())).stream().map(LoggedRequest::getUrl)
                .map(url -> url.contains("?") ? url.substring(0, url.indexOf('?')) : url).toList();
    }

    protected static void assertNothingSent() {
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).as("requests sent to Bitget").isEmpty();
    }

    /** The query parameters of a request, in the order they were sent. */
    protected static Map<String, String> query(LoggedRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        String url = request.getUrl();
        int mark = url.indexOf('?');
        if (mark < 0) {
            return query;
        }
        for (String pair : url.substring(mark + 1).split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return query;
    }

    /** The JSON body of a POST, with its fields in the order they were sent. */
    protected static Map<String, Object> body(LoggedRequest request) {
        try {
            return JSON.readValue(request.getBodyAsString(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (Exception e) {
            throw new AssertionError("body is not a JSON object: " + request.getBodyAsString(), e);
        }
    }

    /** The JSON array body of a v3 batch, each item with its fields in the order they were sent. */
    protected static List<Map<String, Object>> arrayBody(LoggedRequest request) {
        try {
            return JSON.readValue(request.getBodyAsString(),
                    new TypeReference<List<LinkedHashMap<String, Object>>>() {
                    }).stream().map(item -> (Map<String, Object>) item).toList();
        } catch (Exception e) {
            throw new AssertionError("body is not a JSON array: " + request.getBodyAsString(), e);
        }
    }

    /**
     * Asserts the four auth headers and that ACCESS-SIGN is Bitget's HMAC-SHA256 of exactly what was sent:
     * timestamp + method + path + ("?" + query) + body.
     */
    protected static void assertSigned(LoggedRequest request) {
        assertThat(request.getHeader("ACCESS-KEY")).isEqualTo(API_KEY);
        assertThat(request.getHeader("ACCESS-PASSPHRASE")).isEqualTo(PASSPHRASE);
        String timestamp = request.getHeader("ACCESS-TIMESTAMP");
        assertThat(timestamp).matches("\\d{13}");
        assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis(),
                org.assertj.core.data.Offset.offset(60_000L));
        String prehash = timestamp + request.getMethod().getName() + request.getUrl() + request.getBodyAsString();
        assertThat(request.getHeader("ACCESS-SIGN")).as("signature of " + prehash)
                .isEqualTo(hmacSha256Base64(SECRET_KEY, prehash));
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    }

    /** Asserts a public request: no credentials, no signature, no demo header. */
    protected static void assertUnsigned(LoggedRequest request) {
        assertThat(request.getHeaders().keys()).noneMatch(name -> name.toUpperCase().startsWith("ACCESS-"))
                .noneMatch(name -> name.equalsIgnoreCase("paptrading"));
    }

    public static String hmacSha256Base64(String secret, String prehash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
