package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One user's trading book in one environment, for tests: read orders, positions and balances, fund the
 * account, switch the position mode. Every call reads or changes the current state under the exchange lock,
 * so a view stays valid across {@link BitgetSimulator#reset()}.
 */
public final class AccountView {

    private final Supplier<Exchange> exchange;
    private final String apiKey;
    private final Environment environment;

    AccountView(Supplier<Exchange> exchange, String apiKey, Environment environment) {
        this.exchange = exchange;
        this.apiKey = apiKey;
        this.environment = environment;
    }

    public Environment environment() {
        return environment;
    }

    public String uid() {
        return read(book -> book.uid);
    }

    /** Classic (v2) or unified (v3), as configured or changed by {@link BitgetSimulator#upgradeToUnified}. */
    public AccountType accountType() {
        return read(TradingBook::accountType);
    }

    public List<OrderSnapshot> futuresOrders() {
        return read(book -> {
            List<OrderSnapshot> orders = new ArrayList<>();
            book.futures.values().forEach(account -> account.orders.values().forEach(order -> {
                FuturesOrderRequest request = order.request;
                orders.add(new OrderSnapshot(request.productType().wire(), order.symbol(), order.orderId, order.clientOid,
                        request.side().wire(), order.tradeSideWire(), request.orderType().wire(), request.price(),
                        request.size(), order.filledSize, order.priceAvg, order.status.futuresWire(), order.fee,
                        request.reduceOnly()));
            }));
            return orders;
        });
    }

    public List<OrderSnapshot> spotOrders() {
        return read(book -> book.spotOrders.values().stream().map(order -> new OrderSnapshot("SPOT", order.request.symbol(),
                order.orderId, order.clientOid, order.request.side().wire(), null, order.request.orderType().wire(),
                order.request.price(), order.request.size(), order.baseVolume, order.priceAvg, order.status.spotWire(),
                order.fee, false)).toList());
    }

    public List<PositionSnapshot> positions() {
        return read(book -> {
            FuturesEngine engine = exchange().futures();
            List<PositionSnapshot> positions = new ArrayList<>();
            book.futures.values().forEach(account -> account.positions.values().forEach(p -> positions.add(
                    new PositionSnapshot(p.productType, p.symbol, p.marginCoin, p.holdSide.wire(), p.marginMode.wire(),
                            p.leverage, p.total, p.available(), p.locked, p.openPriceAvg, p.margin, engine.unrealizedPL(p),
                            engine.liquidationPrice(account, p), engine.markPrice(p), p.achievedProfits))));
            return positions;
        });
    }

    /**
     * Classic: spot balances first, then each futures account's margin coins. Unified: one row per coin of the
     * one wallet, account {@code UNIFIED}, with what spot and futures orders hold as {@code frozen}.
     */
    public List<BalanceSnapshot> balances() {
        return read(book -> {
            List<BalanceSnapshot> balances = new ArrayList<>();
            if (book.accountType() == AccountType.UNIFIED) {
                UnifiedAssets.of(exchange(), book).forEach(coin -> balances.add(new BalanceSnapshot("UNIFIED", coin.coin(),
                        coin.balance(), coin.available(), coin.locked())));
                return balances;
            }
            book.spotWallet.balances.forEach((coin, b) ->
                    balances.add(new BalanceSnapshot("SPOT", coin, b.available.add(b.frozen), b.available, b.frozen)));
            book.futures.values().forEach(account -> account.balances.keySet().forEach(coin -> balances.add(
                    new BalanceSnapshot(account.productType.wire(), coin, account.balance(coin),
                            exchange().futures().available(account, coin), exchange().futures().frozen(account, coin)))));
            return balances;
        });
    }

    /** What a new spot order may hold; in a unified account less the futures margin in use of the coin. */
    public BigDecimal spotAvailable(String coin) {
        return read(book -> exchange().buyingPower().spot(book, coin));
    }

    public BigDecimal futuresAvailable(ProductType type, String coin) {
        return read(book -> exchange().futures().available(book.futures(type), coin));
    }

    public PositionMode positionMode(ProductType type) {
        return read(book -> book.futures(type).positionMode);
    }

    public void depositSpot(String coin, BigDecimal amount) {
        requirePositive(amount);
        exchange().locked(() -> book().spotWallet.credit(coin, amount, exchange().clock().now()));
    }

    public void depositFutures(ProductType type, String coin, BigDecimal amount) {
        requirePositive(amount);
        exchange().locked(() -> book().futures(type).credit(coin, amount, exchange().clock().now()));
    }

    /** Like {@code set-position-mode}: fails while the product type has positions or open orders. */
    public void setPositionMode(ProductType type, PositionMode mode) {
        exchange().locked(() -> {
            try {
                exchange().futures().setPositionMode(book(), type, mode);
            } catch (BitgetError e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /** When the armed v3 countdown cancel-all fires (simulator time, ms); empty while it is off. */
    public OptionalLong countdownDeadline() {
        return read(book -> book.countdown.deadline());
    }

    /** Every time the v3 countdown cancel-all fired, oldest first; due countdowns fire before the answer. */
    public List<CountdownFiring> countdownFirings() {
        exchange().expireCountdowns();
        return read(book -> book.countdown.firings());
    }

    /** Looked up on every call: {@link BitgetSimulator#reset()} replaces the exchange. */
    private Exchange exchange() {
        return exchange.get();
    }

    private TradingBook book() {
        return exchange().accounts().book(apiKey, environment);
    }

    private <T> T read(Function<TradingBook, T> reader) {
        return exchange().locked(() -> reader.apply(book()));
    }

    private static void requirePositive(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a deposit must be positive, got " + amount);
        }
    }
}
