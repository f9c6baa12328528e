package io.github.camelbitget;

import java.util.Map;

import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.stream.StreamConnection;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a stream consumer, reported through Camel's consumer health check ({@code consumer:<routeId>}): UP
 * while Bitget confirms the subscription on a live connection (and, for a private channel, its starting state has been
 * read over REST); DOWN while connecting or reconnecting, or when Bitget
 * refused the login or the channel, with Bitget's code ({@code bitget.code}) and the connection's state and reconnect
 * count in the details.
 */
final class StreamHealthCheck implements HealthCheck {

    private final BitgetStreamConsumer consumer;
    private volatile boolean enabled = true;

    StreamHealthCheck(BitgetStreamConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return "consumer:" + consumer.getRouteId();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(CHECK_KIND, Kind.READINESS);
        builder.detail("bitget.channel", consumer.arg().toString());
        StreamConnection connection = consumer.connection();
        if (connection == null) {
            return builder.message("The stream consumer is not started").down().build();
        }
        builder.detail("bitget.webSocketUrl", connection.uri().toString());
        builder.detail("bitget.connectionState", connection.state().name());
        builder.detail("bitget.reconnects", connection.reconnects());
        Exception error = consumer.lastError();
        if (error == null && consumer.isStreaming()) {
            return builder.up().build();
        }
        if (error == null) {
            return builder.message("Subscribing to " + consumer.arg() + " (" + connection.state() + ")").down().build();
        }
        builder.message(error.getMessage()).error(error);
        if (error instanceof BitgetApiException refused) {
            builder.detail(BitgetHealthCheck.BITGET_CODE, refused.getCode());
        }
        return builder.down().build();
    }
}
