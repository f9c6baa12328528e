package io.github.camelbitget.client;

/**
 * A successful Bitget answer: the typed result of {@code data}, Bitget's {@code requestTime}, and for paginated lists
 * the {@code endId} cursor.
 */
public record BitgetResponse(Object data, Long requestTime, String endId) {
}
