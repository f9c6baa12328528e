package io.github.camelbitget.api;

import io.github.camelbitget.model.PositionMode;

/**
 * What a request needs to know about the account it is sent for: classic or unified, and for a unified account its
 * position mode (hedge-mode orders name the position in {@code posSide} on v3), or null when not known.
 */
public record AccountProfile(AccountType type, PositionMode holdMode) {

    public static final AccountProfile CLASSIC = new AccountProfile(AccountType.CLASSIC, null);

    public boolean isUnified() {
        return type == AccountType.UNIFIED;
    }
}
