package io.github.camelbitget.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as it arrived: method, path, raw query, headers, body and arrival time, plus how it was
 * answered ({@link #status()} 0 and {@link #code()} null while unanswered, or when the connection was dropped).
 */
public final class RecordedRequest {

    private final String method;
    private final String path;
    private final String query;
    private final Map<String, String> headers;
    private final String body;
    private final Instant arrivedAt;
    private final long arrivalNanos;
    private volatile int status;
    private volatile String code;

    RecordedRequest(String method, String path, String query, Map<String, String> headers, String body,
                    Instant arrivedAt, long arrivalNanos) {
        this.method = method;
        this.path = path;
        this.query = query == null ? "" : query;
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        this.headers = Collections.unmodifiableMap(caseInsensitive);
        this.body = body;
        this.arrivedAt = arrivedAt;
        this.arrivalNanos = arrivalNanos;
    }

    void answered(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The raw query string, without {@code ?}; empty when there was none. */
    public String query() {
        return query;
    }

    /** Header names are case-insensitive; the first value of each header. */
    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String body() {
        return body;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    /** {@link System#nanoTime()} at arrival, for exact spacing between requests. */
    public long arrivalNanos() {
        return arrivalNanos;
    }

    /** HTTP status sent, or 0 if no response was sent (dropped, reset, still pending). */
    public int status() {
        return status;
    }

    /** Bitget {@code code} of the JSON answer, or null when the answer was not a Bitget envelope. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + (code == null ? "" : " " + code);
    }
}
