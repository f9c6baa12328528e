package io.github.camelbitget.stream;

import java.time.Duration;

/**
 * How a stream connection keeps itself alive. Consumers share a connection only when these are equal.
 *
 * @param pingInterval        time between two text {@code ping}s (Bitget drops a connection silent for 2 minutes)
 * @param pongTimeout         how long to wait for the {@code pong} before reconnecting
 * @param silenceTimeout      reconnect when no frame at all arrived for this long
 * @param maxConnectionAge    open the replacement connection when a connection is this old (Bitget closes at 24 h)
 * @param reconnectDelay      first pause before reconnecting; doubles per failed attempt, with jitter
 * @param reconnectMaxDelay   longest pause before reconnecting
 * @param maxChannels         channels per connection before another connection is opened
 */
public record StreamSettings(Duration pingInterval, Duration pongTimeout, Duration silenceTimeout,
                             Duration maxConnectionAge, Duration reconnectDelay, Duration reconnectMaxDelay,
                             int maxChannels) {
}
