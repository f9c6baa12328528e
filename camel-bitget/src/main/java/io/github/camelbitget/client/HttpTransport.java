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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with Bitget: signs a private request with the time of the moment it leaves, adds the demo-trading
 * header, sends the exact bytes that were signed, and reads the answer.
 */
final class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpClient httpClient;
    private final String baseUrl;
    private final BitgetCredentials credentials;
    private final BitgetSigner signer;
    private final Duration requestTimeout;
    private final String locale;
    private final LongSupplier clock;

    HttpTransport(HttpClient httpClient, String baseUrl, BitgetCredentials credentials, Duration requestTimeout,
                  String locale, LongSupplier clock) {
        this.httpClient = httpClient;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.signer = credentials == null ? null : new BitgetSigner(credentials.secretKey());
        this.requestTimeout = requestTimeout;
        this.locale = locale;
        this.clock = clock;
    }

    CompletableFuture<BitgetResponse> send(PreparedRequest request) {
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
                    return ResponseReader.read(request, response.statusCode(), response.body(),
                            response.headers().firstValue("Retry-After").orElse(null));
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

    boolean hasCredentials() {
        return credentials != null;
    }

    /** The API key, which names the account whose limits a request counts against. */
    String apiKey() {
        return credentials == null ? null : credentials.apiKey();
    }
}
