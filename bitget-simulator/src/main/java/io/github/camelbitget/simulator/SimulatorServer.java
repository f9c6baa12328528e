package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.ChannelOption;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP front of the simulator. WebSocket upgrades on the stream paths go to {@link Streams}. For every other request: record it, apply an injected fault if one matches,
 * then the per-IP minute cap, routing (404 {@code 40404}), due countdown cancel-alls, authentication for
 * private endpoints and the account type they serve ({@code 40084}/{@code 40085}), the endpoint's rate limit,
 * and the handler under the exchange lock. Answers are Bitget envelopes.
 */
final class SimulatorServer {

    static final String HOST = "127.0.0.1";
    private static final Logger LOG = Logger.getLogger(SimulatorServer.class.getName());
    private static final String HTML_ERROR_PAGE = "<html>\r\n<head><title>%1$d Bad Gateway</title></head>\r\n"
            + "<body>\r\n<center><h1>%1$d Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";

    /** An answer: status, Bitget code (null for non-envelope bodies), body and content type. */
    private record Reply(int status, String code, String body, String contentType) {

        static Reply envelope(int status, String code, String body) {
            return new Reply(status, code, body, "application/json");
        }
    }

    private final Vertx vertx;
    private final Supplier<Exchange> exchange;
    private final Routes routes;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final RequestLog log;
    private final Streams streams;
    private HttpServer server;

    SimulatorServer(Vertx vertx, Supplier<Exchange> exchange, Routes routes, RateLimiter rateLimiter, Faults faults,
                    RequestLog log, Streams streams) {
        this.vertx = vertx;
        this.exchange = exchange;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.log = log;
        this.streams = streams;
    }

    Future<HttpServer> listen(int port) {
        server = vertx.createHttpServer(new HttpServerOptions().setHost(HOST).setPort(port)).requestHandler(this::onRequest);
        return server.listen();
    }

    int port() {
        return server.actualPort();
    }

    private void onRequest(HttpServerRequest request) {
        Optional<Streams.Endpoint> stream = Streams.endpoint(request.path());
        if (stream.isPresent() && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            streams.accept(request, stream.get());
            return;
        }
        long arrivalNanos = System.nanoTime();
        Instant arrivedAt = Instant.now();
        request.body().onSuccess(buffer -> {
            String body = buffer.toString(StandardCharsets.UTF_8);
            RecordedRequest recorded = new RecordedRequest(request.method().name(), request.path(), request.query(),
                    headers(request), body, arrivedAt, arrivalNanos);
            log.add(recorded);
            Optional<Fault> fault = faults.claim(request.path());
            if (fault.isEmpty()) {
                send(request, recorded, handle(request, body, arrivalNanos));
                return;
            }
            Fault rule = fault.get();
            switch (rule.kind()) {
                case LATENCY -> vertx.setTimer(Math.max(1, rule.delay().toMillis()),
                        id -> send(request, recorded, handle(request, body, arrivalNanos)));
                case SERVER_ERROR -> send(request, recorded, error(new BitgetError(rule.status(), "40015",
                        "System is abnormal, please try again later")));
                case EMPTY_SERVER_ERROR -> send(request, recorded, new Reply(rule.status(), null, "", "application/json"));
                case HTML_ERROR -> send(request, recorded,
                        new Reply(rule.status(), null, String.format(HTML_ERROR_PAGE, rule.status()), "text/html"));
                case CONNECTION_RESET -> reset(request);
                case DROP_RESPONSE -> {
                    handle(request, body, arrivalNanos);
                    reset(request);
                }
                case HANG_RESPONSE -> handle(request, body, arrivalNanos);
            }
        });
    }

    private Reply handle(HttpServerRequest request, String body, long arrivalNanos) {
        Exchange current = exchange.get();
        try {
            String ip = request.remoteAddress().host();
            rateLimiter.checkIp(ip, arrivalNanos);
            Endpoint endpoint = routes.find(request.method().name(), request.path()).orElseThrow(BitgetError::notFound);
            Params params = endpoint.method().equals("GET") ? Params.of(queryParameters(request))
                    : Params.ofJson(body.isBlank() ? null : Json.parse(body));
            current.expireCountdowns();
            long now = current.clock().now();
            TradingBook book = null;
            if (endpoint.signed()) {
                Authenticator authenticator = new Authenticator(key -> current.locked(() -> current.accounts().key(key)));
                Authenticator.Caller caller = authenticator.authenticate(request.headers(), request.method().name(),
                        request.path(), request.query(), body, now);
                book = current.locked(() -> current.accounts().book(caller.key().apiKey(), caller.environment()));
                AccountType accountType = current.locked(book::accountType);
                if (accountType != endpoint.accountType()) {
                    throw accountType.wrongApi();
                }
                rateLimiter.checkEndpoint(endpoint, "uid:" + book.uid, arrivalNanos);
            } else {
                rateLimiter.checkEndpoint(endpoint, "ip:" + ip, arrivalNanos);
            }
            ApiRequest apiRequest = new ApiRequest(params, current, book, now);
            JsonNode data = current.locked(() -> endpoint.handler().handle(apiRequest));
            return Reply.envelope(200, "00000", Json.envelope("00000", "success", now, data));
        } catch (BitgetError e) {
            return error(e);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "simulator failure on " + request.method() + " " + request.uri(), e);
            return error(new BitgetError(500, "40015", "System is abnormal, please try again later"));
        }
    }

    private Reply error(BitgetError error) {
        long now = exchange.get().clock().now();
        return Reply.envelope(error.httpStatus(), error.code(), Json.envelope(error.code(), error.getMessage(), now, null));
    }

    private static void send(HttpServerRequest request, RecordedRequest recorded, Reply reply) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        recorded.answered(reply.status(), reply.code());
        response.setStatusCode(reply.status())
                .putHeader("Content-Type", reply.contentType())
                .end(reply.body());
    }

    /**
     * Closes with SO_LINGER 0, so the peer gets a TCP RST ("connection reset"), not an orderly end of stream.
     * Vert.x has no public API for that; {@link ConnectionBase} is its internal connection class.
     */
    private static void reset(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        if (connection instanceof ConnectionBase base) {
            base.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        connection.close();
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach(entry -> headers.putIfAbsent(entry.getKey(), entry.getValue()));
        return headers;
    }

    private static Map<String, String> queryParameters(HttpServerRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.params().forEach(entry -> parameters.putIfAbsent(entry.getKey(), entry.getValue()));
        return parameters;
    }
}
