package io.github.camelbitget.examples.bridge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives the clientOid of an intent's order, so that every delivery of the same intent names the same order and
 * Bitget can never hold it twice: {@code kb} + 30 hex digits of SHA-256 over the account and the intent id, or
 * {@code kr} + 30 hex digits over topic, partition, offset and timestamp when the intent has no id. 32 characters of
 * {@code [a-z0-9]}, as Bitget (and the component) require.
 */
public final class IntentClientOids {

    private static final int HEX_DIGITS = 30;

    private IntentClientOids() {
    }

    public static String forIntent(String account, String intentId) {
        return "kb" + digest("intent\n" + account + "\n" + intentId);
    }

    /**
     * The timestamp is part of it so that a topic deleted and created again (offsets restart at 0) does not name the
     * orders of the old topic.
     */
    public static String forRecord(RecordSource source) {
        return "kr" + digest("record\n" + source.topic() + "\n" + source.partition() + "\n" + source.offset() + "\n"
                             + source.timestamp());
    }

    public static String derive(String account, String intentId, RecordSource source) {
        return intentId != null ? forIntent(account, intentId) : forRecord(source);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
