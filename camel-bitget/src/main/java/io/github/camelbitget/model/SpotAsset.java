package io.github.camelbitget.model;

import java.math.BigDecimal;

/** A spot wallet balance ({@code GET /api/v2/spot/account/assets}); {@code frozen} is held by open orders. */
public record SpotAsset(
        String coin,
        BigDecimal available,
        BigDecimal frozen,
        BigDecimal locked,
        BigDecimal limitAvailable,
        Long uTime) {
}
