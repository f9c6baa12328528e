package io.github.camelbitget.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.camelbitget.exception.BitgetValidationException;

/** The Bitget endpoint family an operation belongs to: the first part of {@code bitget:<market>/<operation>}. */
public enum Market {
    SPOT("spot"),
    FUTURES("futures");

    private final String uriName;

    Market(String uriName) {
        this.uriName = uriName;
    }

    public String uriName() {
        return uriName;
    }

    public static Market fromUri(String value) {
        for (Market market : values()) {
            if (market.uriName.equalsIgnoreCase(value)) {
                return market;
            }
        }
        throw new BitgetValidationException("market", "Unknown market '" + value + "' in the bitget: URI; accepted: "
                                                      + Arrays.stream(values()).map(Market::uriName)
                                                              .collect(Collectors.joining(", "))
                                                      + " (bitget:futures/placeOrder, bitget:spot/tickers, ...)");
    }

    @Override
    public String toString() {
        return uriName;
    }
}
