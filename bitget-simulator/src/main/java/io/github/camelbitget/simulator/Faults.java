package io.github.camelbitget.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fault injection. Each method adds a rule for a path: an exact path ({@code /api/v2/mix/order/place-order}),
 * a prefix ending in {@code *} ({@code /api/v2/mix/*}) or {@code *} for all. Rules apply until cleared, or to
 * the next N matching requests with {@link Fault#times(int)}; the oldest matching rule wins.
 * Clock skew is global: it shifts the simulator's "now" ({@code serverTime}, {@code requestTime}, the
 * ±30 s signature window, order times). The WebSocket faults ({@link #dropStreams()}, {@link #stallStreams},
 * {@link #corruptNextBookChecksum}) act on every stream connection, whatever its path.
 */
public final class Faults {

    private final List<Fault> rules = new CopyOnWriteArrayList<>();
    private final SimulatorClock clock;
    private final StreamFaults streams = new StreamFaults();

    Faults(SimulatorClock clock) {
        this.clock = clock;
    }

    public Fault latency(String path, Duration delay) {
        return add(new Fault(Fault.Kind.LATENCY, path, 0, delay));
    }

    public Fault serverError(String path, int status) {
        return add(new Fault(Fault.Kind.SERVER_ERROR, path, checkServerError(status), Duration.ZERO));
    }

    public Fault emptyServerError(String path, int status) {
        return add(new Fault(Fault.Kind.EMPTY_SERVER_ERROR, path, checkServerError(status), Duration.ZERO));
    }

    public Fault htmlErrorPage(String path, int status) {
        return add(new Fault(Fault.Kind.HTML_ERROR, path, status, Duration.ZERO));
    }

    public Fault connectionReset(String path) {
        return add(new Fault(Fault.Kind.CONNECTION_RESET, path, 0, Duration.ZERO));
    }

    /** The request takes effect (e.g. the order is placed), then the connection is reset instead of answered. */
    public Fault dropResponse(String path) {
        return add(new Fault(Fault.Kind.DROP_RESPONSE, path, 0, Duration.ZERO));
    }

    /** The request takes effect, then no answer ever comes: the client runs into its own timeout. */
    public Fault hangResponse(String path) {
        return add(new Fault(Fault.Kind.HANG_RESPONSE, path, 0, Duration.ZERO));
    }

    /** Shifts the simulator's clock; positive is ahead of the machine clock. */
    public void clockSkew(Duration skew) {
        clock.skew(skew);
    }

    public Duration clockSkew() {
        return clock.skew();
    }

    /** Closes every WebSocket connection at once with a TCP reset: no close frame, as when a network path dies. */
    public void dropStreams() {
        streams.drop();
    }

    /** The next {@code books} update of the instrument ({@code instType} as on the wire, e.g. USDT-FUTURES) carries a wrong checksum. */
    public void corruptNextBookChecksum(String instType, String symbol) {
        streams.corruptNextChecksum(instType, symbol);
    }

    /**
     * For {@code duration} the WebSocket side sends nothing, neither pushes nor {@code pong}, while connections stay
     * open; what would have been sent meanwhile is lost, as on a stalled Bitget connection.
     */
    public void stallStreams(Duration duration) {
        streams.stall(duration);
    }

    /** Removes every rule, the clock skew and the WebSocket faults. */
    public void clear() {
        rules.forEach(Fault::clear);
        rules.clear();
        clock.skew(Duration.ZERO);
        streams.clear();
    }

    StreamFaults streams() {
        return streams;
    }

    /** Rules that can still fire. */
    public List<Fault> active() {
        return rules.stream().filter(f -> f.remaining() != 0).toList();
    }

    Optional<Fault> claim(String path) {
        rules.removeIf(f -> f.remaining() == 0);
        return rules.stream().filter(f -> f.claim(path)).findFirst();
    }

    private Fault add(Fault fault) {
        rules.add(fault);
        return fault;
    }

    private static int checkServerError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error status is 5xx, got " + status);
        }
        return status;
    }
}
