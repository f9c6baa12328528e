package io.github.camelbitget.simulator;

/**
 * Bitget's two account kinds. A classic account trades through the v2 API ({@code /api/v2/...}), a unified
 * trading account (UTA) through the v3 API ({@code /api/v3/...}); each kind is refused on the other's private
 * endpoints. Public market data of v2 serves both.
 */
public enum AccountType {
    CLASSIC("40084", "You are in Classic Account mode, and the Unified Account API is not supported at this time"),
    UNIFIED("40085", "You are in Unified Account mode, and the Classic Account API is not supported at this time");

    private final String wrongApiCode;
    private final String wrongApiMessage;

    AccountType(String wrongApiCode, String wrongApiMessage) {
        this.wrongApiCode = wrongApiCode;
        this.wrongApiMessage = wrongApiMessage;
    }

    /** The answer to an account of this kind calling a private endpoint of the other API family. */
    BitgetError wrongApi() {
        return new BitgetError(wrongApiCode, wrongApiMessage);
    }
}
