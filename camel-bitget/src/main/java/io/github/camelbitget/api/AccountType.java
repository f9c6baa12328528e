package io.github.camelbitget.api;

import io.github.camelbitget.exception.BitgetValidationException;

/**
 * Bitget's two kinds of account: classic accounts speak the v2 API, unified trading accounts (UTA) the v3 API, and
 * each refuses the other's private calls ({@code 40085}, {@code 40084}). {@code auto} asks Bitget which one a key
 * belongs to.
 */
public enum AccountType {
    AUTO("auto"),
    CLASSIC("classic"),
    UNIFIED("unified");

    private final String optionValue;

    AccountType(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    public static AccountType fromOption(String value) {
        for (AccountType type : values()) {
            if (type.optionValue.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return type;
            }
        }
        throw new BitgetValidationException("accountType", "Invalid option 'accountType': '" + value
                                                           + "'; accepted values: auto, classic, unified");
    }

    @Override
    public String toString() {
        return optionValue;
    }
}
