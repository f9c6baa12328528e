package io.github.camelbitget.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bitget's HMAC-SHA256 request signature (bitget-api.md §2.2):
 * {@code Base64(HMAC_SHA256(secret, timestamp + METHOD + path + ("?" + query if not empty) + body))}.
 */
public final class BitgetSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;

    public BitgetSigner(String secretKey) {
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** The signature of a REST request; {@code queryString} without {@code ?}, {@code body} empty for a GET. */
    public String sign(String timestamp, String method, String path, String queryString, String body) {
        StringBuilder prehash = new StringBuilder(timestamp.length() + path.length() + 64
                                                  + queryString.length() + body.length())
                .append(timestamp).append(method).append(path);
        if (!queryString.isEmpty()) {
            prehash.append('?').append(queryString);
        }
        prehash.append(body);
        return sign(prehash.toString());
    }

    /**
     * The signature of a WebSocket login (bitget-api.md §2.5): {@code timestamp + "GET" + "/user/verify"}, the
     * timestamp in epoch seconds.
     */
    public String signWebSocketLogin(String epochSeconds) {
        return sign(epochSeconds + "GET/user/verify");
    }

    /** The Base64 HMAC-SHA256 of a prehash string. */
    public String sign(String prehash) {
        return Base64.getEncoder().encodeToString(newMac().doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JVM's HMAC-SHA256 cannot be cloned", e);
        }
    }

    @Override
    public String toString() {
        return "BitgetSigner[HMAC-SHA256]";
    }
}
