package io.github.camelbitget.exception;

/**
 * An order was sent but its fate is unknown: no answer came (timeout, reset, 5xx) and looking it up by its clientOid
 * did not settle it, or automatic resend is off ({@code orderResend=false}). Look the order up by
 * {@link #getClientOid()} before placing it again; resending it with the same clientOid is safe, Bitget refuses a
 * duplicate.
 */
public class BitgetOrderStateUnknownException extends BitgetException {

    private final String clientOid;

    public BitgetOrderStateUnknownException(String clientOid, String operation, String why, Throwable cause) {
        super("The state of order " + clientOid + " (" + operation + ") is unknown: " + why
              + "; look it up by clientOid before placing it again", 0, cause);
        this.clientOid = clientOid;
    }

    /** The clientOid the order was sent with. */
    public String getClientOid() {
        return clientOid;
    }
}
