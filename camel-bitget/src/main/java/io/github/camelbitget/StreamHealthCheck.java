package io.github.camelbitget;

import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.stream.StreamConnection;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a stream consumer, reported through Camel's consumer health check ({@code consumer:<routeId>}): UP
 * while Bitget confirms the subscription on a live connection (and, for a private channel, its starting state has been
 * read over REST); DOWN while connecting or reconnecting, or when Bitget
 * refused the login or the channel, with Bitget's code ({@code bitget.code}) and the connection's state and reconnect
 * count in the details.
 */
final class StreamHealthCheck extends ReadinessCheck {

    private final BitgetStreamConsumer consumer;

    StreamHealthCheck(BitgetStreamConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getId() {
        return "consumer:" + consumer.getRouteId();
    }

    @Override
    void check(HealthCheckResultBuilder builder) {
        builder.detail("bitget.channel", consumer.arg().toString());
        StreamConnection connection = consumer.connection();
        if (connection == null) {
            builder.message("The stream consumer is not started").down();
            return;
        }
        builder.detail("bitget.webSocketUrl", connection.uri().toString());
        builder.detail("bitget.connectionState", connection.state().name());
        builder.detail("bitget.reconnects", connection.reconnects());
        Exception error = consumer.lastError();
        if (error == null && consumer.isStreaming()) {
            builder.up();
        } else if (error == null) {
            builder.message("Subscribing to " + consumer.arg() + " (" + connection.state() + ")").down();
        } else {
            builder.message(error.getMessage()).error(error).down();
            if (error instanceof BitgetApiException refused) {
                builder.detail(BITGET_CODE, refused.getCode());
            }
        }
    }
}
