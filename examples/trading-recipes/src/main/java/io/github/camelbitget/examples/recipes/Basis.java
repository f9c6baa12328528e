package io.github.camelbitget.examples.recipes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The spread of a USDT perpetual over its spot pair, in basis points. */
public record Basis(String symbol, BigDecimal bps, BigDecimal perp, BigDecimal spot) {

    static Basis of(String symbol, BigDecimal perp, BigDecimal spot) {
        BigDecimal bps = perp.subtract(spot).multiply(BigDecimal.valueOf(10_000)).divide(spot, 1,
                RoundingMode.HALF_EVEN);
        return new Basis(symbol, bps, perp, spot);
    }

    @Override
    public String toString() {
        return String.format("%-12s basis=%s%s bps  perp=%s  spot=%s", symbol, bps.signum() >= 0 ? "+" : "",
                bps.toPlainString(), perp.toPlainString(), spot.toPlainString());
    }
}
