package io.github.camelbitget.exception;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps Bitget's error codes (bitget-api.md §3.3) to the typed exceptions, so routes can handle a kind of failure with
 * {@code onException(BitgetInsufficientBalanceException.class)}. Codes without a mapping become a plain
 * {@link BitgetApiException}.
 */
public final class BitgetErrors {

    /** Code used for HTTP 429 answers, as Bitget's error table lists it. */
    public static final String RATE_LIMITED = "429";

    private static final Map<String, Kind> KINDS = new HashMap<>();

    private enum Kind {
        AUTHENTICATION,
        CLOCK_SKEW,
        RATE_LIMIT,
        INSUFFICIENT_BALANCE,
        ORDER_NOT_FOUND,
        DUPLICATE_CLIENT_OID,
        INVALID_ORDER,
        POSITION_MODE,
        ENVIRONMENT,
        ACCOUNT_TYPE
    }

    /** Codes of the v3 API of unified accounts (bitget-v3-uta.md §9) are registered next to the v2 ones. */
    static {
        register(Kind.AUTHENTICATION, "40001", "40002", "40003", "40006", "40009", "40011", "40012", "40014", "40018",
                "40036", "40037", "40038");
        register(Kind.CLOCK_SKEW, "40004", "40005", "40008");
        register(Kind.RATE_LIMIT, RATE_LIMITED, "25004");
        register(Kind.INSUFFICIENT_BALANCE, "40711", "40712", "40754", "40798", "40800", "43012", "45002",
                "25202", "25203", "25230");
        register(Kind.ORDER_NOT_FOUND, "40109", "40768", "22001", "43001", "43004", "43025", "45057", "80011",
                "25204", "24056");
        register(Kind.DUPLICATE_CLIENT_OID, "43118", "45034", "50060", "40786", "25212");
        register(Kind.INVALID_ORDER, "40706", "40762", "40808", "40815", "40816", "41103", "43010", "43027", "43028",
                "43037", "43038", "45035", "45110", "45111", "45112", "45113", "45115", "22034",
                "25205", "25206", "25207", "25208", "25244", "25610", "25611", "25232", "25574");
        register(Kind.POSITION_MODE, "40774", "25236", "25237");
        register(Kind.ENVIRONMENT, "40099", "22030");
        register(Kind.ACCOUNT_TYPE, "40084", "40085", "25245");
    }

    private BitgetErrors() {
    }

    private static void register(Kind kind, String... codes) {
        for (String code : codes) {
            KINDS.put(code, kind);
        }
    }

    /** The codes that map to a typed subclass, for documentation and tests. */
    public static Set<String> mappedCodes() {
        return Set.copyOf(KINDS.keySet());
    }

    public static BitgetApiException toException(
            String code, String detail, RequestContext context, int httpStatus, Long requestTime) {
        Kind kind = KINDS.get(code);
        if (kind == null) {
            return new BitgetApiException(code, detail, context, httpStatus, requestTime);
        }
        return switch (kind) {
            case AUTHENTICATION -> new BitgetAuthenticationException(code, detail, context, httpStatus, requestTime);
            case CLOCK_SKEW -> new BitgetClockSkewException(code, detail, context, httpStatus, requestTime);
            case RATE_LIMIT -> new BitgetRateLimitException(code, detail, context, httpStatus, requestTime);
            case INSUFFICIENT_BALANCE ->
                new BitgetInsufficientBalanceException(code, detail, context, httpStatus, requestTime);
            case ORDER_NOT_FOUND -> new BitgetOrderNotFoundException(code, detail, context, httpStatus, requestTime);
            case DUPLICATE_CLIENT_OID ->
                new BitgetDuplicateClientOidException(code, detail, context, httpStatus, requestTime);
            case INVALID_ORDER -> new BitgetInvalidOrderException(code, detail, context, httpStatus, requestTime);
            case POSITION_MODE -> new BitgetPositionModeException(code, detail, context, httpStatus, requestTime);
            case ENVIRONMENT -> new BitgetEnvironmentMismatchException(code, detail, context, httpStatus, requestTime);
            case ACCOUNT_TYPE -> new BitgetAccountTypeException(code, detail, context, httpStatus, requestTime);
        };
    }
}
