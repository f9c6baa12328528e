package io.github.camelbitget.client;

import java.util.Objects;

/** A Bitget API key with its secret and passphrase. {@link #toString()} never shows them. */
public record BitgetCredentials(String apiKey, String secretKey, String passphrase) {

    public BitgetCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(passphrase, "passphrase");
    }

    @Override
    public String toString() {
        return "BitgetCredentials[apiKey=xxxxxx, secretKey=xxxxxx, passphrase=xxxxxx]";
    }
}
