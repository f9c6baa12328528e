package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one user owns in one environment (live or demo): spot wallet and orders, and a futures
 * account per product type. Demo and live books of a user share nothing.
 *
 * <p>Balance model: a classic book has a spot wallet and separate cash in each futures account. A unified book
 * has one wallet per coin, {@link #spotWallet}: spot orders hold and settle in it, and the futures account
 * margined in that coin (USDT-FUTURES in USDT, USDC-FUTURES in USDC, COIN-FUTURES in its base coin) takes
 * margin, fees and PnL from it. There is no collateral across coins and no borrowing.
 */
final class TradingBook {

    final String uid;
    final SpotWallet spotWallet = new SpotWallet();
    final Map<String, SpotOrder> spotOrders = new LinkedHashMap<>();
    final List<SpotFill> spotFills = new ArrayList<>();
    final Map<ProductType, FuturesAccount> futures = new EnumMap<>(ProductType.class);
    /** Classic rule: clientOids are unique per user and market; a repeat is rejected even after the order has ended. */
    final Set<String> spotClientOids = new HashSet<>();
    final Set<String> futuresClientOids = new HashSet<>();
    final CountdownCancel countdown = new CountdownCancel();
    private AccountType accountType = AccountType.CLASSIC;

    TradingBook(String uid, PositionMode positionMode) {
        this.uid = uid;
        for (ProductType type : ProductType.values()) {
            futures.put(type, new FuturesAccount(type, positionMode));
        }
    }

    FuturesAccount futures(ProductType type) {
        return futures.get(type);
    }

    AccountType accountType() {
        return accountType;
    }

    /**
     * Seeds balances: every coin into the spot wallet, and into each futures account that margins in it. In a
     * unified book the futures accounts draw on the wallet, so each coin is there once.
     */
    void fund(Map<String, BigDecimal> balances, Instruments instruments, long now) {
        balances.forEach((coin, amount) -> {
            spotWallet.credit(coin, amount, now);
            if (accountType == AccountType.CLASSIC) {
                for (ProductType type : ProductType.values()) {
                    if (instruments.marginCoins(type).contains(coin)) {
                        futures(type).credit(coin, amount, now);
                    }
                }
            }
        });
    }

    /**
     * Turns the book into a unified account: the futures accounts' cash moves into the one wallet; orders and
     * positions stay. The unified account has one hold mode, so all product types must share theirs.
     */
    void upgradeToUnified(long now) {
        if (accountType == AccountType.UNIFIED) {
            return;
        }
        checkUpgradable();
        futures.values().forEach(account -> account.useUnifiedWallet(spotWallet, now));
        accountType = AccountType.UNIFIED;
    }

    void checkUpgradable() {
        if (accountType == AccountType.CLASSIC && futures.values().stream().map(a -> a.positionMode).distinct().count() > 1) {
            throw new IllegalStateException("the product types of " + uid + " have different position modes;"
                    + " a unified account has one hold mode for all of them");
        }
    }

    /** Back to a classic account, only when flat: all funds stay in the spot wallet, the dead-man switch is off. */
    void switchToClassic() {
        if (accountType == AccountType.CLASSIC) {
            return;
        }
        checkSwitchableToClassic();
        futures.values().forEach(FuturesAccount::leaveUnifiedWallet);
        countdown.disarm();
        accountType = AccountType.CLASSIC;
    }

    void checkSwitchableToClassic() {
        boolean openSpotOrders = spotOrders.values().stream().anyMatch(o -> o.status.isOpen());
        boolean futuresInUse = futures.values().stream().anyMatch(a -> a.hasPositionsOrOrders(null));
        if (accountType == AccountType.UNIFIED && (openSpotOrders || futuresInUse)) {
            throw new IllegalStateException("account " + uid + " has open orders or positions;"
                    + " a unified account switches back to classic only when flat");
        }
    }
}
