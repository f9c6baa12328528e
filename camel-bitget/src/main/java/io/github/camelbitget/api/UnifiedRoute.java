package io.github.camelbitget.api;

import java.util.Map;

import io.github.camelbitget.exception.BitgetUnsupportedOperationException;

/**
 * How an operation is sent for a unified trading account: a v3 endpoint with the translation of the operation's
 * options into its parameters and of its answer into the operation's result records; the v2 public endpoint, which
 * serves every account alike; or not at all, with the reason.
 */
public final class UnifiedRoute {

    /** The v3 parameters of a request: an ordered map, or a list for the array body of a batch. */
    @FunctionalInterface
    public interface Translation {
        Object wire(PreparedRequest request, AccountProfile account);
    }

    /** The operation's result from the decoded v3 {@code data}. */
    @FunctionalInterface
    public interface Conversion {
        Object result(Object data, PreparedRequest request);
    }

    private enum Kind {
        V3,
        PUBLIC_V2,
        UNSUPPORTED
    }

    private static final UnifiedRoute PUBLIC_V2 = new UnifiedRoute(Kind.PUBLIC_V2, null, null, null, null, null, null);

    private final Kind kind;
    private final String method;
    private final String path;
    private final RateLimit rateLimit;
    private final Translation translation;
    private final ResultType wireResult;
    private final Conversion conversion;

    private UnifiedRoute(Kind kind, String method, String path, RateLimit rateLimit, Translation translation,
                         ResultType wireResult, Conversion conversion) {
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.rateLimit = rateLimit;
        this.translation = translation;
        this.wireResult = wireResult;
        this.conversion = conversion;
    }

    static UnifiedRoute get(String path, RateLimit rateLimit, Translation translation, ResultType wireResult,
                            Conversion conversion) {
        return new UnifiedRoute(Kind.V3, "GET", path, rateLimit, translation, wireResult, conversion);
    }

    static UnifiedRoute post(String path, RateLimit rateLimit, Translation translation, ResultType wireResult,
                             Conversion conversion) {
        return new UnifiedRoute(Kind.V3, "POST", path, rateLimit, translation, wireResult, conversion);
    }

    /** Public market data: Bitget's v2 public endpoints answer unified and classic users alike. */
    static UnifiedRoute publicV2() {
        return PUBLIC_V2;
    }

    /** No v3 equivalent; {@code why} tells the user what to do instead. */
    static UnifiedRoute unsupported(String why) {
        return new UnifiedRoute(Kind.UNSUPPORTED, null, why, null, null, null, null);
    }

    /** Whether unified accounts have a v3 endpoint of their own for the operation. */
    public boolean isV3() {
        return kind == Kind.V3;
    }

    /** The v3 path, or null when there is no v3 endpoint. */
    public String path() {
        return kind == Kind.V3 ? path : null;
    }

    /** Whether the request goes to the v2 endpoint for unified accounts too. */
    public boolean isPublicV2() {
        return kind == Kind.PUBLIC_V2;
    }

    /** The v3 form of a request prepared for the operation. */
    public PreparedRequest route(PreparedRequest request, AccountProfile account) {
        return switch (kind) {
            case PUBLIC_V2 -> request;
            case UNSUPPORTED -> throw new BitgetUnsupportedOperationException(request.operation().toString(),
                    request.operation() + " is not available for unified trading accounts: " + path);
            case V3 -> onV3(request, account);
        };
    }

    private PreparedRequest onV3(PreparedRequest request, AccountProfile account) {
        Object wire = translation.wire(request, account);
        boolean get = "GET".equals(method);
        @SuppressWarnings("unchecked")
        String query = get ? RequestPreparer.queryString((Map<String, Object>) wire) : "";
        return request.onUnifiedWire(method, path, query, get ? null : BitgetJson.write(wire), rateLimit, wireResult,
                data -> conversion.result(data, request));
    }

    /** The v3 endpoint for the documentation: {@code POST /api/v3/trade/place-order (10/s per UID)}. */
    public String describe() {
        return switch (kind) {
            case PUBLIC_V2 -> "same v2 public endpoint";
            case UNSUPPORTED -> "not available: " + path;
            case V3 -> method + " " + path + " (" + rateLimit + ")";
        };
    }
}
