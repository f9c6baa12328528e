package io.github.camelbitget.simulator;

import java.util.regex.Pattern;

/** How an API family checks a client order id on a new order: its format and what counts as a duplicate. */
enum ClientOidRule {

    /** v2: at most 50 of {@code [0-9A-Za-z-+_#]}, never reused within the user's spot or futures orders. */
    CLASSIC {
        private final Pattern format = Pattern.compile("[0-9a-zA-Z\\-+_#]+");

        @Override
        void check(TradingBook book, String clientOid, boolean spot) {
            if (clientOid.length() > 50) {
                throw new BitgetError("40304", "clientOid or clientOrderId length cannot greater than 50");
            }
            if (!format.matcher(clientOid).matches()) {
                throw new BitgetError("40305", "clientOid or clientOrderId length cannot greater than 64, and cannot be Martian characters");
            }
            if ((spot ? book.spotClientOids : book.futuresClientOids).contains(clientOid)) {
                throw BitgetError.clientOidDuplicate();
            }
        }
    },

    /**
     * v3: {@code ^[.A-Z:/a-z0-9_-]{1,32}$}, refused only while an open order of the account (any category)
     * carries it; after a fill or cancel it may be used again (bitget-v3-uta.md §7.5).
     */
    UNIFIED {
        private final Pattern format = Pattern.compile("[.A-Z:/a-z0-9_-]{1,32}");

        @Override
        void check(TradingBook book, String clientOid, boolean spot) {
            if (!format.matcher(clientOid).matches()) {
                throw BitgetError.parameterError("clientOid");
            }
            boolean open = book.spotOrders.values().stream().anyMatch(o -> o.status.isOpen() && o.clientOid.equals(clientOid))
                    || book.futures.values().stream().flatMap(a -> a.openOrders().stream())
                    .anyMatch(o -> o.clientOid.equals(clientOid));
            if (open) {
                throw new BitgetError("25212", "Duplicate clientOid");
            }
        }
    };

    /** Throws the family's error when {@code clientOid} may not name a new spot ({@code spot}) or futures order. */
    abstract void check(TradingBook book, String clientOid, boolean spot);
}
