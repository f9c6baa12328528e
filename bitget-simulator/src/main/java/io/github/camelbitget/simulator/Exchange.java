package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The exchange state: instruments, market data, accounts and the two matching engines. Request handlers
 * (Vert.x event loop), the price timer and test code all go through {@link #locked}, one lock for all of it,
 * so an order, its fills and the balances it touches always change together.
 */
final class Exchange {

    private final Object lock = new Object();
    private final SimulatorClock clock;
    private final Instruments instruments;
    private final MarketData marketData;
    private final Accounts accounts;
    private final FuturesEngine futures;
    private final SpotEngine spot;

    Exchange(SimulatorConfig config, SimulatorClock clock) {
        this.clock = clock;
        this.instruments = new Instruments(config.prices());
        this.marketData = new MarketData(instruments, config.prices(), config.seed(), clock.now());
        this.accounts = new Accounts(instruments, config.positionMode(), config.balances());
        Ids ids = new Ids(clock);
        this.futures = new FuturesEngine(instruments, marketData, clock, ids);
        this.spot = new SpotEngine(instruments, marketData, clock, ids);
        config.apiKeys().forEach(key -> accounts.add(key, clock.now()));
    }

    <T> T locked(Supplier<T> action) {
        synchronized (lock) {
            return action.get();
        }
    }

    void locked(Runnable action) {
        synchronized (lock) {
            action.run();
        }
    }

    /** Moves every price {@code steps} times, filling resting orders after each step. */
    void advancePrices(int steps) {
        locked(() -> {
            for (int i = 0; i < steps; i++) {
                marketData.advance(clock.now());
                marketData.prices().keySet().forEach(this::match);
            }
        });
    }

    void setPrice(String symbol, BigDecimal price) {
        locked(() -> {
            marketData.setPrice(symbol, price, clock.now());
            match(symbol);
        });
    }

    private void match(String symbol) {
        for (TradingBook book : accounts.allBooks()) {
            futures.onPriceMove(book, symbol);
            spot.onPriceMove(book, symbol);
        }
    }

    SimulatorClock clock() {
        return clock;
    }

    Instruments instruments() {
        return instruments;
    }

    MarketData marketData() {
        return marketData;
    }

    Accounts accounts() {
        return accounts;
    }

    FuturesEngine futures() {
        return futures;
    }

    SpotEngine spot() {
        return spot;
    }
}
