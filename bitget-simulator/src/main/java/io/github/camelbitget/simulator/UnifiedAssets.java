package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The coins of a unified account valued at the current prices, in the coin's own units: cash ({@code balance},
 * realized), what new orders may use ({@code available}), what open orders hold ({@code locked}), and the open
 * PnL, initial and maintenance margin of the positions margined in the coin.
 */
final class UnifiedAssets {

    record Coin(String coin, BigDecimal balance, BigDecimal available, BigDecimal locked, BigDecimal unrealisedPnl,
                BigDecimal initialMargin, BigDecimal maintenanceMargin) {

        BigDecimal equity() {
            return balance.add(unrealisedPnl);
        }

        boolean isEmpty() {
            return balance.signum() == 0 && equity().signum() == 0;
        }
    }

    private UnifiedAssets() {
    }

    static List<Coin> of(Exchange exchange, TradingBook book) {
        FuturesEngine engine = exchange.futures();
        List<Coin> coins = new ArrayList<>();
        for (Map.Entry<String, SpotWallet.Balance> entry : book.spotWallet.balances.entrySet()) {
            String coin = entry.getKey();
            SpotWallet.Balance cash = entry.getValue();
            BigDecimal orderMargin = BigDecimal.ZERO;
            BigDecimal unrealised = BigDecimal.ZERO;
            BigDecimal initial = BigDecimal.ZERO;
            BigDecimal maintenance = BigDecimal.ZERO;
            for (FuturesAccount account : book.futures.values()) {
                orderMargin = orderMargin.add(engine.frozen(account, coin));
                for (Position position : account.positions.values()) {
                    if (position.marginCoin.equals(coin)) {
                        unrealised = unrealised.add(engine.unrealizedPL(position));
                        initial = initial.add(position.margin);
                        maintenance = maintenance.add(engine.maintenanceMargin(position));
                    }
                }
            }
            coins.add(new Coin(coin, cash.available.add(cash.frozen), exchange.buyingPower().spot(book, coin),
                    cash.frozen.add(orderMargin), Decimals.derived(unrealised), Decimals.derived(initial),
                    Decimals.derived(maintenance)));
        }
        return coins;
    }
}
