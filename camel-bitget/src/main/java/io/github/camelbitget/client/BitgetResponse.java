package io.github.camelbitget.client;

import io.github.camelbitget.api.AccountType;

/**
 * A successful Bitget answer: the typed result of {@code data}, Bitget's {@code requestTime}, for paginated lists the
 * {@code endId} cursor, for an order whose first answer was lost or refused as a duplicate how its result was
 * recovered (null otherwise), and for a private operation the kind of account it was sent for (null for public
 * market data, which every account reads alike).
 */
public record BitgetResponse(Object data, Long requestTime, String endId, Recovery recovery, AccountType accountType) {

    BitgetResponse recovered(Recovery how) {
        return new BitgetResponse(data, requestTime, endId, how, accountType);
    }
}
