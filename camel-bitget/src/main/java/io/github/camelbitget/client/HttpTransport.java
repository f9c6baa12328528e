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
import java.util.function.LongSupplier;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
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

    /**
     * Sends the request and reads the answer on the calling thread: the JDK's {@code sendAsync} would hand every answer
     * to {@code CompletableFuture}'s default pool, one more thread wake-up per call (on 2 CPUs a new thread per call).
     */
    BitgetResponse send(PreparedRequest request) {
        HttpRequest httpRequest = toHttpRequest(request);
        LOG.debug("Calling {} {} {}", request.operation(), request.method(), httpRequest.uri());
        HttpResponse<byte[]> response;
        try {
            response = httpClient.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw transportFailure(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw transportFailure(request, e);
        }
        LOG.debug("{} answered HTTP {}", request.operation(), response.statusCode());
        return ResponseReader.read(request, response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After").orElse(null));
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

    private BitgetTransportException transportFailure(PreparedRequest request, Exception cause) {
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
