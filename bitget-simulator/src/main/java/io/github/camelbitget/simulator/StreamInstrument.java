package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.Optional;

/** A symbol as one market ({@code SPOT} or a futures product type) lists it: its price grid and book size unit. */
record StreamInstrument(String instType, String symbol, BigDecimal tick, BigDecimal sizeUnit) {

    static final String SPOT = "SPOT";

    static Optional<StreamInstrument> find(Instruments instruments, String instType, String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        if (instType.equals(SPOT)) {
            return instruments.spotSymbol(symbol)
                    .map(s -> new StreamInstrument(SPOT, symbol, s.tick(), MarketApi.spotSizeUnit(s)));
        }
        ProductType type = Wire.parse(ProductType.class, instType);
        if (type == null) {
            return Optional.empty();
        }
        return instruments.contracts(type).stream().filter(c -> c.symbol().equals(symbol)).findFirst()
                .map(c -> new StreamInstrument(type.wire(), symbol, c.tick(), MarketApi.futuresSizeUnit(c)));
    }

    boolean isSpot() {
        return instType.equals(SPOT);
    }

    OrderBook book(MarketData market, int levels) {
        return market.book(symbol, tick, tick, sizeUnit, levels);
    }
}
