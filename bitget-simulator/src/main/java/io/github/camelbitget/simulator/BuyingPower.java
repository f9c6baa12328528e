package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/**
 * How much of a coin a new spot order may hold. Classic: the spot wallet's available part. Unified: the one
 * wallet's available part less what the futures account margined in that coin uses (position and order margin,
 * open crossed losses), which is the same figure that futures orders may use.
 */
final class BuyingPower {

    private final Instruments instruments;
    private final FuturesEngine futures;

    BuyingPower(Instruments instruments, FuturesEngine futures) {
        this.instruments = instruments;
        this.futures = futures;
    }

    BigDecimal spot(TradingBook book, String coin) {
        if (book.accountType() == AccountType.UNIFIED) {
            for (ProductType type : ProductType.values()) {
                if (instruments.marginCoins(type).contains(coin)) {
                    return futures.available(book.futures(type), coin);
                }
            }
        }
        return book.spotWallet.available(coin);
    }
}
