package io.github.camelbitget.client;

/**
 * A successful Bitget answer: the typed result of {@code data}, Bitget's {@code requestTime}, for paginated lists the
 * {@code endId} cursor, and for an order whose first answer was lost or refused as a duplicate, how its result was
 * recovered (null otherwise).
 */
public record BitgetResponse(Object data, Long requestTime, String endId, Recovery recovery) {

    public BitgetResponse(Object data, Long requestTime, String endId) {
        this(data, requestTime, endId, null);
    }

    BitgetResponse recovered(Recovery how) {
        return new BitgetResponse(data, requestTime, endId, how);
    }
}
