package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
    private final BuyingPower buyingPower;
    private final PrivateChannels privateChannels;

    Exchange(SimulatorConfig config, SimulatorClock clock, Streams streams) {
        this.clock = clock;
        this.instruments = new Instruments(config.prices());
        Ids ids = new Ids(clock);
        this.marketData = new MarketData(instruments, config.prices(), config.seed(), ids, clock.now());
        this.accounts = new Accounts(instruments, config.positionMode(), config.balances());
        this.privateChannels = new PrivateChannels(this, streams);
        this.futures = new FuturesEngine(instruments, marketData, clock, ids, privateChannels);
        this.buyingPower = new BuyingPower(instruments, futures);
        this.spot = new SpotEngine(instruments, marketData, clock, ids, buyingPower, privateChannels);
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

    /**
     * Fires every v3 dead-man switch whose deadline has passed on the simulator's clock: all open orders of its
     * book are cancelled and the switch turns off. Run by a timer and before each request.
     */
    void expireCountdowns() {
        locked(() -> {
            long now = clock.now();
            for (TradingBook book : accounts.allBooks()) {
                if (book.countdown.isDue(now)) {
                    book.countdown.fired(now, cancelAllOpenOrders(book));
                }
            }
        });
    }

    /** Cancels every open spot and futures order of a book; returns their ids. */
    private List<String> cancelAllOpenOrders(TradingBook book) {
        List<String> cancelled = new ArrayList<>();
        for (SpotOrder order : List.copyOf(book.spotOrders.values())) {
            if (order.status.isOpen()) {
                spot.cancel(book, order.request.symbol(), order.orderId, null);
                cancelled.add(order.orderId);
            }
        }
        for (FuturesAccount account : book.futures.values()) {
            for (FuturesOrder order : account.openOrders()) {
                futures.cancel(book, account.productType, order.symbol(), order.orderId, null);
                cancelled.add(order.orderId);
            }
        }
        return cancelled;
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

    BuyingPower buyingPower() {
        return buyingPower;
    }

    PrivateChannels privateChannels() {
        return privateChannels;
    }
}
