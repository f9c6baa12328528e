package io.github.camelbitget.client;

/** How an order's result was obtained when the first answer was not a plain success. */
public enum Recovery {
    /** No answer came, and the order was found by its clientOid. */
    FOUND,
    /** Bitget refused the clientOid as a duplicate, and the existing order was found. */
    DUPLICATE,
    /** No answer came, Bitget had no such order, and sending it again with the same clientOid succeeded. */
    RESENT
}
