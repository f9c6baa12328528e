package io.github.camelbitget.api;

/** Bitget's futures product types and their default margin coins. */
public final class ProductTypes {

    public static final String USDT_FUTURES = "USDT-FUTURES";
    public static final String USDC_FUTURES = "USDC-FUTURES";
    public static final String COIN_FUTURES = "COIN-FUTURES";
    /** The product type used when none is configured, as in the original SDK. */
    public static final String DEFAULT = USDT_FUTURES;

    private ProductTypes() {
    }

    /**
     * The margin coin Bitget expects when none is given: USDT for USDT-FUTURES, USDC for USDC-FUTURES, and the base
     * coin for COIN-FUTURES (BTC for BTCUSD and for the delivery contract BTCUSDH25), or null when it cannot be known
     * without a symbol.
     */
    public static String defaultMarginCoin(String productType, String symbol) {
        return switch (productType) {
            case USDT_FUTURES -> "USDT";
            case USDC_FUTURES -> "USDC";
            case COIN_FUTURES -> baseCoinOfInverse(symbol);
            default -> null;
        };
    }

    private static String baseCoinOfInverse(String symbol) {
        if (symbol == null) {
            return null;
        }
        int quote = symbol.lastIndexOf("USD");
        return quote > 0 ? symbol.substring(0, quote) : null;
    }
}
