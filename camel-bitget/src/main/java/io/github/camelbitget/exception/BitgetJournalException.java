package io.github.camelbitget.exception;

/**
 * The trade journal could not record an order's intent, so the order was not sent: without the journal entry a crash
 * could lose track of it. Safe to retry once the journal works again.
 */
public class BitgetJournalException extends BitgetException {

    public BitgetJournalException(String operation, Throwable cause) {
        super("The trade journal refused the intent of " + operation + ", so nothing was sent to Bitget: "
              + cause.getMessage(), 0, cause);
    }
}
