package io.github.camelbitget.exception;

/**
 * Bitget reports the account as neither unified nor classic: in transition between the two ({@code accountMode}
 * {@code upgrading} or {@code switching}, which takes about a minute) or in a mode this component does not know. No
 * request is sent for it rather than guessing which API family applies; retry later.
 */
public class BitgetAccountUnavailableException extends BitgetException {

    public BitgetAccountUnavailableException(String accountMode) {
        super("Bitget reports the account mode as '" + accountMode + "', neither unified nor classic (upgrading and"
              + " switching mean Bitget is converting the account, which takes about a minute); no request is sent"
              + " for it until the mode is known", 0, null);
    }
}
