package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * One symbol's price path: a seeded Gaussian random walk on the symbol's tick grid.
 * Same seed, same symbol and same number of steps give the same prices, on every machine.
 */
final class PriceWalk {

    /** Standard deviation of one step's relative change (0.05 %). */
    private static final double STEP_VOLATILITY = 0.0005;

    private final BigDecimal tick;
    private final SplittableRandom random;
    private BigDecimal price;
    private long steps;

    PriceWalk(String symbol, BigDecimal seedPrice, BigDecimal tick, long seed) {
        this.tick = tick;
        this.random = new SplittableRandom(Seeds.mix(seed, symbol.hashCode()));
        this.price = onGrid(seedPrice);
    }

    BigDecimal price() {
        return price;
    }

    /** Number of moves so far; the order book's sizes are drawn from it. */
    long steps() {
        return steps;
    }

    BigDecimal step() {
        double change = random.nextGaussian() * STEP_VOLATILITY;
        price = onGrid(price.multiply(BigDecimal.valueOf(1 + change), Decimals.MATH));
        steps++;
        return price;
    }

    /** A traded quantity for the step just taken, between 1 and 100 units. */
    BigDecimal stepVolume(BigDecimal unit) {
        return unit.multiply(BigDecimal.valueOf(1 + random.nextInt(100)));
    }

    void set(BigDecimal newPrice) {
        price = onGrid(newPrice);
        steps++;
    }

    private BigDecimal onGrid(BigDecimal value) {
        BigDecimal rounded = value.divide(tick, 0, RoundingMode.HALF_UP).multiply(tick);
        return rounded.signum() > 0 ? rounded.stripTrailingZeros() : tick;
    }
}
