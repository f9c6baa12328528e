package io.github.camelbitget.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.ResultType;
import io.github.camelbitget.exception.BitgetErrors;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetTransportException;

/**
 * Reads Bitget's envelope {@code {"code","msg","requestTime","data"}} in one streaming pass: {@code data} goes straight
 * into the operation's records on success; an error code becomes the typed exception; anything that is not the
 * envelope becomes a {@link BitgetTransportException} with the HTTP status and a body excerpt.
 */
final class ResponseReader {

    private static final String SUCCESS = "00000";
    private static final int EXCERPT_LENGTH = 200;

    private ResponseReader() {
    }

    static BitgetResponse read(PreparedRequest request, int status, byte[] body, String retryAfter) {
        if (!startsLikeJsonObject(body)) {
            throw notAnEnvelope(request, status, body, null, retryAfter);
        }
        Envelope envelope;
        try (JsonParser parser = BitgetJson.MAPPER.createParser(body)) {
            envelope = readEnvelope(parser, request.resultType());
        } catch (IOException | RuntimeException e) {
            if (e instanceof BitgetException bitget) {
                throw bitget;
            }
            throw notAnEnvelope(request, status, body, e, retryAfter);
        }
        if (status == 429) {
            throw new BitgetRateLimitException(envelope.code == null ? BitgetErrors.RATE_LIMITED : envelope.code,
                    envelope.msg == null ? "Too Many Requests" : envelope.msg, request.context(), status,
                    envelope.requestTime, seconds(retryAfter));
        }
        if (envelope.code == null) {
            throw notAnEnvelope(request, status, body, null, retryAfter);
        }
        if (!SUCCESS.equals(envelope.code)) {
            throw BitgetErrors.toException(envelope.code, envelope.msg, request.context(), status,
                    envelope.requestTime);
        }
        if (status < 200 || status > 299) {
            throw notAnEnvelope(request, status, body, null, retryAfter);
        }
        return new BitgetResponse(request.resultShaper().apply(envelope.data.value()), envelope.requestTime,
                envelope.data.endId(), null, request.operation().requiresAuth() ? request.accountType() : null);
    }

    private static final class Envelope {
        String code;
        String msg;
        Long requestTime;
        ResultType.Decoded data;
    }

    private static Envelope readEnvelope(JsonParser parser, ResultType resultType) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a JSON object");
        }
        Envelope envelope = new Envelope();
        TokenBuffer dataBeforeCode = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "code" -> envelope.code = scalar(parser, value);
                case "msg", "message" -> envelope.msg = scalar(parser, value);
                case "requestTime" -> envelope.requestTime = value.isScalarValue() && value != JsonToken.VALUE_NULL
                        ? Long.valueOf(parser.getText()) : null;
                case "data" -> {
                    if (SUCCESS.equals(envelope.code)) {
                        envelope.data = resultType.read(parser);
                    } else if (envelope.code == null) {
                        dataBeforeCode = parser.readValueAs(TokenBuffer.class);
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (SUCCESS.equals(envelope.code) && envelope.data == null) {
            envelope.data = readData(dataBeforeCode, resultType);
        }
        return envelope;
    }

    /** Data that came before the code, or no data at all (read as JSON null). */
    private static ResultType.Decoded readData(TokenBuffer buffered, ResultType resultType) throws IOException {
        try (JsonParser parser = buffered != null
                ? buffered.asParser(BitgetJson.MAPPER)
                : BitgetJson.MAPPER.createParser("null")) {
            parser.nextToken();
            return resultType.read(parser);
        }
    }

    private static String scalar(JsonParser parser, JsonToken token) throws IOException {
        return token.isScalarValue() && token != JsonToken.VALUE_NULL ? parser.getText() : null;
    }

    private static boolean startsLikeJsonObject(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private static BitgetException notAnEnvelope(PreparedRequest request, int status, byte[] body, Exception cause,
                                                 String retryAfter) {
        String excerpt = excerpt(body);
        if (status == 429) {
            return new BitgetRateLimitException(BitgetErrors.RATE_LIMITED,
                    excerpt.isEmpty() ? "Too Many Requests" : excerpt, request.context(), status, null,
                    seconds(retryAfter));
        }
        String problem = body.length == 0 ? "Empty response from Bitget" : "Unreadable response from Bitget";
        if (cause != null && cause.getMessage() != null) {
            problem += " (" + firstLine(cause.getMessage()) + ")";
        }
        return new BitgetTransportException(problem, request.context(), status, excerpt, cause);
    }

    /** Retry-After in seconds, as Bitget's gateway would send it; null when absent or not a number. */
    private static Duration seconds(String retryAfter) {
        if (retryAfter == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT_LENGTH * 4), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").trim();
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "...";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
