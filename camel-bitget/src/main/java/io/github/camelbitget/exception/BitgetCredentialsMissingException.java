package io.github.camelbitget.exception;

/**
 * A private operation was called without API credentials. Nothing was sent.
 */
public class BitgetCredentialsMissingException extends BitgetException {

    public BitgetCredentialsMissingException(String operation) {
        super(operation + " is a private Bitget operation and needs API credentials, but apiKey, secretKey and"
              + " passphrase are not all set. Set them on the endpoint URI (use RAW(...) or {{placeholders}}), on the"
              + " component (camel.component.bitget.apiKey, camel.component.bitget.secretKey,"
              + " camel.component.bitget.passphrase) or, on Quarkus, as camel.component.bitget.api-key, secret-key"
              + " and passphrase in application.properties.",
              0, null);
    }
}
