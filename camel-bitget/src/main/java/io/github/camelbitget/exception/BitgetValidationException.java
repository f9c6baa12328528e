package io.github.camelbitget.exception;

/**
 * The request was refused before anything was sent: an option is missing, malformed or not one of the accepted
 * values. The message names the option and what is accepted.
 */
public class BitgetValidationException extends BitgetException {

    private final String option;

    public BitgetValidationException(String option, String message) {
        super(message, 0, null);
        this.option = option;
    }

    /** The option (Bitget field name) that was refused. */
    public String getOption() {
        return option;
    }
}
