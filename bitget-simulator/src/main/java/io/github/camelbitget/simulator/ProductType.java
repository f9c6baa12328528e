package io.github.camelbitget.simulator;

import java.util.Optional;

/** Bitget futures product types. Sizes are in base coin for all three. */
public enum ProductType implements Wire {
    USDT_FUTURES("USDT-FUTURES", "USDT"),
    USDC_FUTURES("USDC-FUTURES", "USDC"),
    /** Inverse contracts: margin, PnL and fees in the base coin. */
    COIN_FUTURES("COIN-FUTURES", null);

    private final String wire;
    private final String quoteMarginCoin;

    ProductType(String wire, String quoteMarginCoin) {
        this.wire = wire;
        this.quoteMarginCoin = quoteMarginCoin;
    }

    @Override
    public String wire() {
        return wire;
    }

    public boolean isInverse() {
        return quoteMarginCoin == null;
    }

    /** USDT for USDT-FUTURES, USDC for USDC-FUTURES, the base coin for COIN-FUTURES. */
    public String marginCoinFor(String baseCoin) {
        return isInverse() ? baseCoin : quoteMarginCoin;
    }

    /** The product type a symbol belongs to by Bitget's naming: {@code ...USDT}, {@code ...PERP}, {@code ...USD}. */
    static Optional<ProductType> ofSymbol(String symbol) {
        if (symbol.endsWith("USDT")) {
            return Optional.of(USDT_FUTURES);
        }
        if (symbol.endsWith("PERP")) {
            return Optional.of(USDC_FUTURES);
        }
        if (symbol.endsWith("USD")) {
            return Optional.of(COIN_FUTURES);
        }
        return Optional.empty();
    }
}
