package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Spot matching and wallet bookkeeping, with the same execution model as {@link FuturesEngine}: market orders
 * and marketable limit orders fill at once at the current price (taker), other limit orders rest and fill at
 * their own price when the price reaches them (maker). The fee is taken from the coin received. What an order may
 * hold comes from {@link BuyingPower}, which in a unified account also counts the futures margin in use.
 * Not thread-safe: called under the exchange lock.
 */
final class SpotEngine {

    private final Instruments instruments;
    private final MarketData marketData;
    private final SimulatorClock clock;
    private final Ids ids;
    private final BuyingPower buyingPower;
    private final TradeEvents events;

    SpotEngine(Instruments instruments, MarketData marketData, SimulatorClock clock, Ids ids, BuyingPower buyingPower,
               TradeEvents events) {
        this.instruments = instruments;
        this.marketData = marketData;
        this.clock = clock;
        this.ids = ids;
        this.buyingPower = buyingPower;
        this.events = events;
    }

    /** What a resting order holds: quote coin for buys, base coin for sells. */
    private record Hold(String coin, BigDecimal amount) {
    }

    SpotOrder place(TradingBook book, SpotOrderRequest request, ClientOidRule clientOids) {
        SpotSymbol symbol = instruments.requireSpotSymbol(request.symbol());
        Hold hold = checkOrder(symbol, request);
        if (request.clientOid() != null) {
            clientOids.check(book, request.clientOid(), true);
        }
        checkBuyingPower(book, hold);

        long now = clock.now();
        String clientOid = request.clientOid() != null ? request.clientOid() : ids.next();
        SpotOrder order = new SpotOrder(ids.next(), clientOid, request, now);
        book.spotClientOids.add(clientOid);
        book.spotOrders.put(order.orderId, order);
        book.spotWallet.freeze(hold.coin(), hold.amount(), now);
        order.frozen = hold.amount();
        events.orderChanged(book, order);
        match(book, symbol, order);
        return order;
    }

    /** Precision, time in force and minimum value of an order; returns what it holds while it rests. */
    private Hold checkOrder(SpotSymbol symbol, SpotOrderRequest request) {
        BigDecimal current = marketData.price(symbol.symbol());
        if (request.orderType() == OrderType.LIMIT) {
            if (request.force() == null) {
                throw BitgetError.parameterEmpty("force");
            }
            if (request.price() == null) {
                throw BitgetError.parameterEmpty("price");
            }
            if (Decimals.significantScale(request.price()) > symbol.pricePrecision()) {
                throw BitgetError.checkScale("price", request.price().toPlainString(), symbol.pricePrecision());
            }
        }
        int sizeScale = request.sizeInQuote() ? symbol.quotePrecision() : symbol.quantityPrecision();
        if (Decimals.significantScale(request.size()) > sizeScale) {
            throw BitgetError.checkScale("size", request.size().toPlainString(), sizeScale);
        }
        BigDecimal value = request.sizeInQuote() ? request.size()
                : request.size().multiply(request.orderType() == OrderType.LIMIT ? request.price() : current);
        if (value.compareTo(symbol.minTradeUSDT()) < 0) {
            throw new BitgetError("45110", "less than the minimum amount " + Decimals.plain(symbol.minTradeUSDT()) + " USDT");
        }
        return request.side() == Side.BUY ? new Hold(symbol.quoteCoin(), value) : new Hold(symbol.baseCoin(), request.size());
    }

    private void checkBuyingPower(TradingBook book, Hold hold) {
        if (buyingPower.spot(book, hold.coin()).compareTo(hold.amount()) < 0) {
            throw BitgetError.insufficientBalance();
        }
    }

    /** Fills the order now when it is a market order or marketable, cancels it per its time in force, or rests it. */
    private void match(TradingBook book, SpotSymbol symbol, SpotOrder order) {
        SpotOrderRequest request = order.request;
        BigDecimal current = marketData.price(symbol.symbol());
        if (request.orderType() == OrderType.MARKET) {
            fill(book, symbol, order, current, true);
            return;
        }
        boolean marketable = request.side() == Side.BUY
                ? request.price().compareTo(current) >= 0 : request.price().compareTo(current) <= 0;
        if (marketable && request.force() == Force.POST_ONLY) {
            cancelOpen(book, symbol, order);
        } else if (marketable) {
            fill(book, symbol, order, current, true);
        } else if (request.force() == Force.IOC || request.force() == Force.FOK) {
            cancelOpen(book, symbol, order);
        }
    }

    /**
     * v3 modify-order: a resting limit order takes a new size and/or price in place, keeping its orderId and
     * clientOid, and fills at once if the new price is marketable. A refused amendment leaves the order as it
     * was, or cancelled when {@code cancelOnFailure}.
     */
    SpotOrder amend(TradingBook book, SpotOrder order, BigDecimal newSize, BigDecimal newPrice, boolean cancelOnFailure) {
        if (!order.status.isOpen() || order.request.orderType() != OrderType.LIMIT) {
            throw new BitgetError("43004", "There is no order to cancel");
        }
        SpotSymbol symbol = instruments.requireSpotSymbol(order.request.symbol());
        SpotOrderRequest amended = order.request.withReplacement(newSize != null ? newSize : order.request.size(),
                newPrice != null ? newPrice : order.request.price());
        long now = clock.now();
        Hold previous = new Hold(holdCoin(symbol, order.request), order.frozen);
        book.spotWallet.unfreeze(previous.coin(), previous.amount(), now);
        order.frozen = BigDecimal.ZERO;
        try {
            Hold hold = checkOrder(symbol, amended);
            checkBuyingPower(book, hold);
            order.request = amended;
            order.uTime = now;
            book.spotWallet.freeze(hold.coin(), hold.amount(), now);
            order.frozen = hold.amount();
            match(book, symbol, order);
            return order;
        } catch (BitgetError e) {
            if (cancelOnFailure) {
                order.status = OrderStatus.CANCELLED;
                order.cancelReason = "normal_cancel";
                order.uTime = now;
            } else {
                book.spotWallet.freeze(previous.coin(), previous.amount(), now);
                order.frozen = previous.amount();
            }
            throw e;
        }
    }

    private static String holdCoin(SpotSymbol symbol, SpotOrderRequest request) {
        return request.side() == Side.BUY ? symbol.quoteCoin() : symbol.baseCoin();
    }

    SpotOrder cancel(TradingBook book, String symbol, String orderId, String clientOid) {
        if (orderId == null && clientOid == null) {
            throw BitgetError.parameterEmpty("orderId");
        }
        SpotOrder order = find(book, orderId, clientOid)
                .filter(o -> o.request.symbol().equals(symbol))
                .orElseThrow(() -> new BitgetError("43001", "The order does not exist"));
        if (!order.status.isOpen()) {
            throw new BitgetError("43004", "There is no order to cancel");
        }
        cancelOpen(book, instruments.requireSpotSymbol(symbol), order);
        return order;
    }

    Optional<SpotOrder> find(TradingBook book, String orderId, String clientOid) {
        if (orderId != null) {
            return Optional.ofNullable(book.spotOrders.get(orderId));
        }
        return book.spotOrders.values().stream().filter(o -> o.clientOid.equals(clientOid)).reduce((a, b) -> b);
    }

    private void cancelOpen(TradingBook book, SpotSymbol symbol, SpotOrder order) {
        long now = clock.now();
        book.spotWallet.unfreeze(holdCoin(symbol, order.request), order.frozen, now);
        order.frozen = BigDecimal.ZERO;
        order.status = OrderStatus.CANCELLED;
        order.cancelReason = "normal_cancel";
        order.uTime = now;
        events.orderChanged(book, order);
    }

    /** Fills the resting limit orders of {@code symbol} that the current price has reached. */
    void onPriceMove(TradingBook book, String symbol) {
        Optional<SpotSymbol> spotSymbol = instruments.spotSymbol(symbol);
        if (spotSymbol.isEmpty()) {
            return;
        }
        BigDecimal current = marketData.price(symbol);
        List<SpotOrder> resting = book.spotOrders.values().stream()
                .filter(o -> o.status.isOpen() && o.request.symbol().equals(symbol))
                .sorted(Comparator.comparing(o -> o.cTime))
                .toList();
        for (SpotOrder order : resting) {
            BigDecimal limit = order.request.price();
            boolean reached = order.request.side() == Side.BUY ? current.compareTo(limit) <= 0 : current.compareTo(limit) >= 0;
            if (reached) {
                fill(book, spotSymbol.get(), order, limit, false);
            }
        }
    }

    private void fill(TradingBook book, SpotSymbol symbol, SpotOrder order, BigDecimal price, boolean taker) {
        long now = clock.now();
        SpotOrderRequest request = order.request;
        BigDecimal feeRate = taker ? symbol.takerFeeRate() : symbol.makerFeeRate();
        BigDecimal base;
        BigDecimal quote;
        BigDecimal fee;
        if (request.side() == Side.BUY) {
            base = request.sizeInQuote()
                    ? request.size().divide(price, symbol.quantityPrecision(), RoundingMode.DOWN)
                    : request.size();
            if (base.signum() == 0) {
                cancelOpen(book, symbol, order);
                return;
            }
            quote = Decimals.derived(base.multiply(price));
            fee = Decimals.derived(base.multiply(feeRate));
            book.spotWallet.spendFrozen(symbol.quoteCoin(), quote, now);
            book.spotWallet.unfreeze(symbol.quoteCoin(), order.frozen.subtract(quote), now);
            book.spotWallet.credit(symbol.baseCoin(), base.subtract(fee), now);
            order.feeCoin = symbol.baseCoin();
        } else {
            base = request.size();
            quote = Decimals.derived(base.multiply(price));
            fee = Decimals.derived(quote.multiply(feeRate));
            book.spotWallet.spendFrozen(symbol.baseCoin(), base, now);
            book.spotWallet.credit(symbol.quoteCoin(), quote.subtract(fee), now);
            order.feeCoin = symbol.quoteCoin();
        }
        order.frozen = BigDecimal.ZERO;
        order.baseVolume = base;
        order.quoteVolume = quote;
        order.priceAvg = price;
        order.fee = fee.negate();
        order.status = OrderStatus.FILLED;
        order.uTime = now;
        SpotFill trade = new SpotFill(ids.next(), order.orderId, symbol.symbol(), request.side(), request.orderType(),
                price, base, quote, fee.negate(), order.feeCoin, taker, now);
        book.spotFills.add(trade);
        marketData.recordTrade("SPOT", symbol.symbol(), price, base, request.side(), now);
        events.orderFilled(book, order, trade);
    }
}
