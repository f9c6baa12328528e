package io.github.camelbitget.api;

import java.util.UUID;

/** Generates the clientOid of an order the user did not name, so that every order can be looked up and deduplicated. */
public final class ClientOids {

    private static final String PREFIX = "cb";

    private ClientOids() {
    }

    /** {@code cb} and 30 hexadecimal digits: 32 characters, valid for classic (v2) and unified (v3) accounts. */
    public static String generate() {
        return PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 30);
    }
}
