package io.github.camelbitget.simulator;

import java.util.Optional;

/**
 * The v3 {@code category} values the simulator trades. {@code MARGIN} (spot margin) is not simulated and is
 * refused like an unknown category.
 */
enum UnifiedCategory implements Wire {
    SPOT("SPOT", null),
    USDT_FUTURES("USDT-FUTURES", ProductType.USDT_FUTURES),
    COIN_FUTURES("COIN-FUTURES", ProductType.COIN_FUTURES),
    USDC_FUTURES("USDC-FUTURES", ProductType.USDC_FUTURES);

    private final String wire;
    private final ProductType productType;

    UnifiedCategory(String wire, ProductType productType) {
        this.wire = wire;
        this.productType = productType;
    }

    @Override
    public String wire() {
        return wire;
    }

    boolean isSpot() {
        return productType == null;
    }

    /** The futures product type; only for futures categories. */
    ProductType productType() {
        if (productType == null) {
            throw new IllegalStateException(wire + " is not a futures category");
        }
        return productType;
    }

    static UnifiedCategory of(ProductType type) {
        for (UnifiedCategory category : values()) {
            if (category.productType == type) {
                return category;
            }
        }
        throw new IllegalArgumentException("no category for " + type);
    }

    static UnifiedCategory required(Params params) {
        return params.requiredEnum("category", UnifiedCategory.class);
    }

    static Optional<UnifiedCategory> optional(Params params) {
        return params.optionalEnum("category", UnifiedCategory.class);
    }

    /** A required futures category: positions, close-positions and leverage take no SPOT. */
    static ProductType requiredFutures(Params params) {
        UnifiedCategory category = required(params);
        if (category.isSpot()) {
            throw BitgetError.parameterError("category");
        }
        return category.productType();
    }
}
