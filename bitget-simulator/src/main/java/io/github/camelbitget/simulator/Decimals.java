package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic shared by the engines: one precision, one rounding rule. */
final class Decimals {

    static final MathContext MATH = MathContext.DECIMAL64;
    /** Scale for derived values (averages, PnL, equity) that Bitget prints with long fractions. */
    static final int DERIVED_SCALE = 8;

    private Decimals() {
    }

    static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static BigDecimal derived(BigDecimal value) {
        return value.setScale(DERIVED_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return derived(dividend.divide(divisor, MATH));
    }

    /** Significant decimals: {@code "0.0100"} counts as 2, so trailing zeros never fail a precision check. */
    static int significantScale(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    static boolean isMultipleOf(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    /** {@code 10^-places}, e.g. 0.01 for 2. */
    static BigDecimal unit(int places) {
        return BigDecimal.ONE.movePointLeft(places);
    }
}
