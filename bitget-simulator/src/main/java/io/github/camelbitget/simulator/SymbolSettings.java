package io.github.camelbitget.simulator;

/** Per-symbol futures settings: margin mode and leverage (cross, isolated long, isolated short). */
final class SymbolSettings {

    static final int DEFAULT_LEVERAGE = 20;

    MarginMode marginMode = MarginMode.CROSSED;
    int crossLeverage = DEFAULT_LEVERAGE;
    int longLeverage = DEFAULT_LEVERAGE;
    int shortLeverage = DEFAULT_LEVERAGE;

    int leverage(MarginMode mode, HoldSide side) {
        if (mode == MarginMode.CROSSED) {
            return crossLeverage;
        }
        return side == HoldSide.LONG ? longLeverage : shortLeverage;
    }
}
