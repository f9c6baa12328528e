package io.github.camelbitget.api;

import io.github.camelbitget.exception.BitgetValidationException;

/**
 * Live trading with real funds, or Bitget's demo trading (paper trading: real prices, simulated execution), which
 * Bitget selects by the {@code paptrading: 1} header on private requests. Demo needs a demo API key.
 */
public enum Mode {
    LIVE("live"),
    DEMO("demo");

    private final String optionValue;

    Mode(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    public static Mode fromOption(String value) {
        for (Mode mode : values()) {
            if (mode.optionValue.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return mode;
            }
        }
        throw new BitgetValidationException("mode", "Invalid option 'mode': '" + value + "'; accepted values: live, demo");
    }

    @Override
    public String toString() {
        return optionValue;
    }
}
