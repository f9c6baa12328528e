package io.github.camelbitget.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Bitget v2 requests: signs private ones, adds the demo-trading header, and reads the answer into the
 * operation's records. Plain Java, usable without Camel; one instance per set of credentials, sharing an
 * {@link HttpClient}.
 */
public final class BitgetClient {

    public static final String DEFAULT_BASE_URL = "https://api.bitget.com";

    private static final Logger LOG = LoggerFactory.getLogger(BitgetClient.class);

    private final HttpClient httpClient;
    private final String baseUrl;
    private final BitgetCredentials credentials;
    private final BitgetSigner signer;
    private final Duration requestTimeout;
    private final String locale;
    private final LongSupplier clock;

    private BitgetClient(Builder builder) {
        this.httpClient = Objects.requireNonNull(builder.httpClient, "httpClient");
        this.baseUrl = stripTrailingSlash(builder.baseUrl);
        this.credentials = builder.credentials;
        this.signer = credentials == null ? null : new BitgetSigner(credentials.secretKey());
        this.requestTimeout = builder.requestTimeout;
        this.locale = builder.locale;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks the parameters, then calls the operation and waits for the answer. */
    public BitgetResponse execute(Operation operation, Mode mode, Map<String, ?> parameters) {
        return send(RequestPreparer.prepare(operation, mode, parameters));
    }

    /** Sends a prepared request and waits for the answer. */
    public BitgetResponse send(PreparedRequest request) {
        try {
            return sendAsync(request).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BitgetException bitget) {
                throw bitget;
            }
            throw e;
        }
    }

    /**
     * Sends a prepared request without blocking. The future fails with a {@link BitgetException}: an API error, a
     * transport failure, or missing credentials (then nothing was sent).
     */
    public CompletableFuture<BitgetResponse> sendAsync(PreparedRequest request) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (BitgetException e) {
            return CompletableFuture.failedFuture(e);
        }
        LOG.debug("Calling {} {} {}", request.operation(), request.method(), httpRequest.uri());
        return httpClient.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw transportFailure(request, failure);
                    }
                    LOG.debug("{} answered HTTP {}", request.operation(), response.statusCode());
                    return ResponseReader.read(request, response.statusCode(), response.body());
                });
    }

    private HttpRequest toHttpRequest(PreparedRequest request) {
        String pathAndQuery = request.queryString().isEmpty()
                ? request.path() : request.path() + "?" + request.queryString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("locale", locale);
        String body = request.body() == null ? "" : request.body();
        if (request.operation().requiresAuth()) {
            if (credentials == null) {
                throw new BitgetCredentialsMissingException(request.operation().toString());
            }
            String timestamp = Long.toString(clock.getAsLong());
            builder.header("ACCESS-KEY", credentials.apiKey())
                    .header("ACCESS-SIGN",
                            signer.sign(timestamp, request.method(), request.path(), request.queryString(), body))
                    .header("ACCESS-TIMESTAMP", timestamp)
                    .header("ACCESS-PASSPHRASE", credentials.passphrase());
            if (request.mode() == Mode.DEMO) {
                builder.header("paptrading", "1");
            }
        }
        if (request.body() == null) {
            builder.GET();
        } else {
            builder.POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private BitgetTransportException transportFailure(PreparedRequest request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message;
        if (cause instanceof HttpTimeoutException) {
            message = "No answer from Bitget within " + requestTimeout.toMillis() + " ms";
        } else if (cause instanceof ConnectException) {
            message = "Cannot connect to Bitget at " + baseUrl;
        } else if (cause instanceof IOException) {
            message = "Connection to Bitget failed (" + cause.getClass().getSimpleName()
                      + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        } else {
            message = "Request to Bitget failed (" + cause + ")";
        }
        return new BitgetTransportException(message, request.context(), 0, null, cause);
    }

    private static String stripTrailingSlash(String url) {
        Objects.requireNonNull(url, "baseUrl");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether this client has credentials for private operations. */
    public boolean hasCredentials() {
        return credentials != null;
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return "BitgetClient[" + baseUrl + (credentials == null ? ", public only" : ", with credentials") + "]";
    }

    public static final class Builder {

        private HttpClient httpClient;
        private String baseUrl = DEFAULT_BASE_URL;
        private BitgetCredentials credentials;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private String locale = "en-US";
        private LongSupplier clock = System::currentTimeMillis;

        private Builder() {
        }

        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Credentials for private operations; without them only public operations work. */
        public Builder credentials(BitgetCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** Language of Bitget's messages: {@code en-US} (default), {@code zh-CN}, ... */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /** The time signed into private requests, epoch milliseconds. */
        public Builder clock(LongSupplier clock) {
            this.clock = clock;
            return this;
        }

        public BitgetClient build() {
            if (httpClient == null) {
                httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            }
            return new BitgetClient(this);
        }
    }
}
