package io.github.camelbitget.exception;

/**
 * The operation does not exist for the account's kind: an operation only unified trading accounts have
 * ({@code countdownCancelAll}, {@code accountSettings}) on a classic account, or a classic one without a v3
 * equivalent ({@code setMarginMode}) on a unified account. Nothing was sent.
 */
public class BitgetUnsupportedOperationException extends BitgetException {

    private final String operation;

    public BitgetUnsupportedOperationException(String operation, String message) {
        super(message, 0, null);
        this.operation = operation;
    }

    /** The operation, e.g. {@code futures/setMarginMode}. */
    public String getOperation() {
        return operation;
    }
}
