package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Futures matching and accounting: order validation (precision, minimums, position-mode rules), margin
 * and fee bookkeeping, positions, and fills of resting limit orders when the price moves.
 *
 * <p>Execution model: market orders fill at once, completely, at the current price (taker fee). A limit order
 * that is marketable when placed fills the same way; otherwise it rests and fills completely at its own price
 * (maker fee) as soon as the price touches it. Not thread-safe: called under the exchange lock.
 */
final class FuturesEngine {

    static final BigDecimal KEEP_MARGIN_RATE = new BigDecimal("0.004");

    private final Instruments instruments;
    private final MarketData marketData;
    private final SimulatorClock clock;
    private final Ids ids;
    private final TradeEvents events;

    FuturesEngine(Instruments instruments, MarketData marketData, SimulatorClock clock, Ids ids, TradeEvents events) {
        this.instruments = instruments;
        this.marketData = marketData;
        this.clock = clock;
        this.ids = ids;
        this.events = events;
    }

    // ---------------------------------------------------------------- orders

    FuturesOrder place(TradingBook book, FuturesOrderRequest request, ClientOidRule clientOids) {
        FuturesContract contract = validate(book, request, clientOids);
        return execute(book, contract, request);
    }

    /** Every check that does not depend on balances or positions; throws the Bitget error. */
    FuturesContract validate(TradingBook book, FuturesOrderRequest request, ClientOidRule clientOids) {
        FuturesContract contract = checkOrder(book, request);
        if (request.clientOid() != null) {
            clientOids.check(book, request.clientOid(), false);
        }
        return contract;
    }

    /** Contract, precision, limits and position-mode rules of an order. */
    private FuturesContract checkOrder(TradingBook book, FuturesOrderRequest request) {
        FuturesContract contract = instruments.requireContract(request.productType(), request.symbol());
        if (!contract.marginCoin().equalsIgnoreCase(request.marginCoin())) {
            throw BitgetError.parameterError("marginCoin");
        }
        BigDecimal size = request.size();
        if (Decimals.significantScale(size) > contract.volumePlace()
                || !Decimals.isMultipleOf(size, contract.sizeMultiplier())) {
            throw BitgetError.checkScale("size", size.toPlainString(), contract.volumePlace());
        }
        if (size.compareTo(contract.minTradeNum()) < 0) {
            throw new BitgetError("45111", "less than the minimum order quantity");
        }
        BigDecimal maxSize = request.orderType() == OrderType.MARKET ? contract.maxMarketOrderQty() : contract.maxOrderQty();
        if (size.compareTo(maxSize) > 0) {
            throw new BitgetError("45112", "more than the maximum order quantity");
        }
        if (request.orderType() == OrderType.LIMIT) {
            BigDecimal price = request.price();
            if (price == null) {
                throw BitgetError.parameterEmpty("price");
            }
            if (Decimals.significantScale(price) > contract.pricePlace()) {
                throw BitgetError.checkScale("price", price.toPlainString(), contract.pricePlace());
            }
            if (!Decimals.isMultipleOf(price, contract.tick())) {
                throw new BitgetError("45115", "The price you enter should be a multiple of " + Decimals.plain(contract.tick()));
            }
        }
        PositionMode mode = book.futures(request.productType()).positionMode;
        // Bitget rejects tradeSide in one-way mode and requires it in hedge mode (ccxt PR #20732).
        if ((mode == PositionMode.ONE_WAY) == (request.tradeSide() != null)) {
            throw BitgetError.positionModeMismatch();
        }
        return contract;
    }

    /** What the account commits to an accepted order: margin for the opening part, position size for the closing part. */
    private record Admission(BigDecimal frozenMargin, BigDecimal closeSize, int leverage) {
    }

    private FuturesOrder execute(TradingBook book, FuturesContract contract, FuturesOrderRequest request) {
        FuturesAccount account = book.futures(request.productType());
        SymbolSettings settings = account.settings(request.symbol());
        if (request.marginMode() != settings.marginMode) {
            // the first order of a flat symbol may pick the margin mode; afterwards it is fixed
            if (account.hasPositionsOrOrders(request.symbol())) {
                throw marginModeLocked();
            }
            settings.marginMode = request.marginMode();
        }
        Admission admission = admit(account, contract, request);
        String clientOid = request.clientOid() != null ? request.clientOid() : ids.next();
        FuturesOrder order = new FuturesOrder(ids.next(), clientOid, request, account.positionMode, admission.leverage(),
                clock.now());
        book.futuresClientOids.add(clientOid);
        account.orders.put(order.orderId, order);
        events.orderChanged(book, order);
        match(book, account, contract, order, admission);
        return order;
    }

    /** Checks that the position to close and the margin to open are there; changes nothing. */
    private Admission admit(FuturesAccount account, FuturesContract contract, FuturesOrderRequest request) {
        SymbolSettings settings = account.settings(request.symbol());
        BigDecimal referencePrice = request.orderType() == OrderType.LIMIT ? request.price() : marketData.price(request.symbol());
        Side direction = tradeDirection(account.positionMode, request);

        BigDecimal closeSize = BigDecimal.ZERO;
        boolean closeOrder = account.positionMode == PositionMode.HEDGE ? request.tradeSide() == TradeSide.CLOSE : request.reduceOnly();
        if (closeOrder) {
            HoldSide closedSide = HoldSide.openedBy(direction).opposite();
            Position closing = account.position(request.symbol(), closedSide)
                    .orElseThrow(() -> new BitgetError("22002", "No position to close"));
            if (closing.available().compareTo(request.size()) < 0) {
                throw BitgetError.notEnoughPosition();
            }
            closeSize = request.size();
        }
        BigDecimal openSize = request.size().subtract(closeSize);
        if (account.positionMode == PositionMode.ONE_WAY && !closeOrder) {
            BigDecimal opposite = account.position(request.symbol(), HoldSide.openedBy(direction).opposite())
                    .map(Position::available).orElse(BigDecimal.ZERO);
            openSize = request.size().subtract(opposite.min(request.size()));
        }
        BigDecimal frozen = BigDecimal.ZERO;
        int leverage = settings.leverage(settings.marginMode, HoldSide.openedBy(direction));
        if (openSize.signum() > 0) {
            if (request.size().multiply(referencePrice).compareTo(contract.minTradeUSDT()) < 0) {
                throw new BitgetError("45110", "less than the minimum amount " + Decimals.plain(contract.minTradeUSDT()) + " USDT");
            }
            BigDecimal notional = notionalInMarginCoin(contract, openSize, referencePrice);
            frozen = Decimals.derived(notional.divide(BigDecimal.valueOf(leverage), Decimals.MATH)
                    .add(notional.multiply(contract.takerFeeRate())));
            if (frozen.compareTo(available(account, contract.marginCoin())) > 0) {
                throw BitgetError.insufficientBalance();
            }
        }
        return new Admission(frozen, closeSize, leverage);
    }

    /** Fills the order now when it is a market order or marketable, cancels it per its time in force, or rests it. */
    private void match(TradingBook book, FuturesAccount account, FuturesContract contract, FuturesOrder order,
                       Admission admission) {
        FuturesOrderRequest request = order.request;
        BigDecimal current = marketData.price(request.symbol());
        if (request.orderType() == OrderType.MARKET) {
            fill(book, account, contract, order, current, true);
            return;
        }
        Side direction = tradeDirection(order.posMode, request);
        boolean marketable = direction == Side.BUY ? request.price().compareTo(current) >= 0 : request.price().compareTo(current) <= 0;
        if (marketable && request.force() == Force.POST_ONLY) {
            order.status = OrderStatus.CANCELLED;
            events.orderChanged(book, order);
        } else if (marketable) {
            fill(book, account, contract, order, current, true);
        } else if (request.force() == Force.IOC || request.force() == Force.FOK) {
            order.status = OrderStatus.CANCELLED;
            events.orderChanged(book, order);
        } else {
            hold(account, order, admission.frozenMargin(), admission.closeSize());
        }
    }

    private static BitgetError marginModeLocked() {
        return new BitgetError("45117", "Currently holding positions or orders, the margin mode cannot be adjusted");
    }

    /** The direction of the trade: in hedge mode {@code side} names the position, so closing a long sells. */
    static Side tradeDirection(PositionMode mode, FuturesOrderRequest request) {
        if (mode == PositionMode.HEDGE && request.tradeSide() == TradeSide.CLOSE) {
            return request.side().opposite();
        }
        return request.side();
    }

    FuturesOrder cancel(TradingBook book, ProductType type, String symbol, String orderId, String clientOid) {
        FuturesOrder order = find(book.futures(type), symbol, orderId, clientOid);
        if (!order.status.isOpen()) {
            throw new BitgetError("22001", "No order to cancel");
        }
        release(book.futures(type), order);
        order.status = OrderStatus.CANCELLED;
        order.uTime = clock.now();
        events.orderChanged(book, order);
        return order;
    }

    /**
     * Changing size and price cancels the order and places a replacement with {@code newClientOid}
     * (Bitget does this asynchronously; here it is immediate). Only TP/SL changes keep the order.
     * As at Bitget, a replacement that fails after the cancel (e.g. on balance) leaves the old order cancelled.
     */
    FuturesOrder modify(TradingBook book, ProductType type, String symbol, String orderId, String clientOid,
                        String newClientOid, BigDecimal newSize, BigDecimal newPrice,
                        String newStopSurplusPrice, String newStopLossPrice, ClientOidRule clientOids) {
        FuturesAccount account = book.futures(type);
        FuturesOrder order = find(account, symbol, orderId, clientOid);
        if (!order.status.isOpen() || order.request.orderType() != OrderType.LIMIT) {
            throw new BitgetError("22001", "No order to cancel");
        }
        if ((newSize == null) != (newPrice == null)) {
            throw new BitgetError("40925", "price or size must be passed in together");
        }
        if (newSize == null) {
            order.presetStopSurplusPrice = presetUpdate(order.presetStopSurplusPrice, newStopSurplusPrice);
            order.presetStopLossPrice = presetUpdate(order.presetStopLossPrice, newStopLossPrice);
            order.uTime = clock.now();
            events.orderChanged(book, order);
            return order;
        }
        FuturesOrderRequest replacement = order.request.withReplacement(newSize, newPrice, newClientOid);
        FuturesContract contract = validate(book, replacement, clientOids);
        cancel(book, type, symbol, order.orderId, null);
        return execute(book, contract, replacement);
    }

    /**
     * v3 modify-order: a resting limit order takes a new size and/or price in place, keeping its orderId and
     * clientOid, and fills at once if the new price is marketable. A refused amendment leaves the order as it
     * was, or cancelled when {@code cancelOnFailure}.
     */
    FuturesOrder amend(TradingBook book, FuturesOrder order, BigDecimal newSize, BigDecimal newPrice, boolean cancelOnFailure) {
        FuturesAccount account = book.futures(order.request.productType());
        if (!order.status.isOpen() || order.request.orderType() != OrderType.LIMIT) {
            throw new BitgetError("22001", "No order to cancel");
        }
        FuturesOrderRequest amended = order.request.withReplacement(newSize != null ? newSize : order.request.size(),
                newPrice != null ? newPrice : order.request.price(), order.clientOid);
        BigDecimal heldMargin = order.frozenMargin;
        BigDecimal heldPosition = order.lockedPosition;
        release(account, order);
        try {
            FuturesContract contract = checkOrder(book, amended);
            Admission admission = admit(account, contract, amended);
            order.request = amended;
            order.uTime = clock.now();
            match(book, account, contract, order, admission);
            return order;
        } catch (BitgetError e) {
            if (cancelOnFailure) {
                order.status = OrderStatus.CANCELLED;
                order.uTime = clock.now();
            } else {
                hold(account, order, heldMargin, heldPosition);
            }
            throw e;
        }
    }

    /** Empty keeps the preset, {@code 0} deletes it. */
    private static String presetUpdate(String current, String update) {
        if (update == null) {
            return current;
        }
        return new BigDecimal(update).signum() == 0 ? null : update;
    }

    static FuturesOrder find(FuturesAccount account, String symbol, String orderId, String clientOid) {
        if (orderId == null && clientOid == null) {
            throw new BitgetError("40924", "orderId and clientOid must have one");
        }
        Optional<FuturesOrder> found = orderId != null
                ? Optional.ofNullable(account.orders.get(orderId))
                : account.orders.values().stream().filter(o -> clientOid.equals(o.clientOid)).reduce((a, b) -> b);
        return found.filter(o -> o.symbol().equals(symbol))
                .orElseThrow(() -> new BitgetError("40768", "Order does not exist"));
    }

    /** Flash close at market: cancels the close orders that reserve the position, then closes all of it. */
    List<FuturesOrder> closePositions(TradingBook book, ProductType type, String symbol, HoldSide holdSide) {
        FuturesAccount account = book.futures(type);
        List<Position> targets = account.positions.values().stream()
                .filter(p -> symbol == null || p.symbol.equals(symbol))
                .filter(p -> holdSide == null || account.positionMode == PositionMode.ONE_WAY || p.holdSide == holdSide)
                .toList();
        if (targets.isEmpty()) {
            throw new BitgetError("22002", "No position to close");
        }
        List<FuturesOrder> closeOrders = new ArrayList<>();
        for (Position position : targets) {
            account.openOrders().stream()
                    .filter(o -> o.symbol().equals(position.symbol) && o.lockedPosition.signum() > 0)
                    .forEach(o -> cancel(book, type, o.symbol(), o.orderId, null));
            boolean hedge = account.positionMode == PositionMode.HEDGE;
            Side side = hedge ? (position.holdSide == HoldSide.LONG ? Side.BUY : Side.SELL)
                    : (position.holdSide == HoldSide.LONG ? Side.SELL : Side.BUY);
            FuturesOrderRequest request = new FuturesOrderRequest(type, position.symbol, position.marginMode,
                    position.marginCoin, position.total, null, side, hedge ? TradeSide.CLOSE : null, OrderType.MARKET,
                    Force.GTC, null, !hedge, null, null);
            closeOrders.add(execute(book, instruments.requireContract(type, position.symbol), request));
        }
        return closeOrders;
    }

    // ---------------------------------------------------------------- matching

    /** Fills the resting limit orders of {@code symbol} that the current price has reached. */
    void onPriceMove(TradingBook book, String symbol) {
        BigDecimal current = marketData.price(symbol);
        for (FuturesAccount account : book.futures.values()) {
            List<FuturesOrder> resting = account.openOrders().stream()
                    .filter(o -> o.symbol().equals(symbol) && o.request.orderType() == OrderType.LIMIT)
                    .sorted(Comparator.comparing(o -> o.cTime))
                    .toList();
            for (FuturesOrder order : resting) {
                Side direction = tradeDirection(order.posMode, order.request);
                BigDecimal limit = order.request.price();
                boolean reached = direction == Side.BUY ? current.compareTo(limit) <= 0 : current.compareTo(limit) >= 0;
                if (reached) {
                    fill(book, account, instruments.requireContract(account.productType, symbol), order, limit, false);
                }
            }
        }
    }

    private void fill(TradingBook book, FuturesAccount account, FuturesContract contract, FuturesOrder order, BigDecimal price,
                      boolean taker) {
        release(account, order);
        long now = clock.now();
        FuturesOrderRequest request = order.request;
        Side direction = tradeDirection(order.posMode, request);
        HoldSide opened = HoldSide.openedBy(direction);
        BigDecimal closeSize;
        BigDecimal openSize;
        if (order.posMode == PositionMode.HEDGE) {
            closeSize = request.tradeSide() == TradeSide.CLOSE ? request.size() : BigDecimal.ZERO;
            openSize = request.size().subtract(closeSize);
        } else {
            BigDecimal opposite = account.position(request.symbol(), opened.opposite()).map(p -> p.total).orElse(BigDecimal.ZERO);
            closeSize = opposite.min(request.size());
            openSize = request.reduceOnly() ? BigDecimal.ZERO : request.size().subtract(closeSize);
        }
        BigDecimal profit = BigDecimal.ZERO;
        if (closeSize.signum() > 0) {
            Optional<Position> position = account.position(request.symbol(), opened.opposite());
            closeSize = position.map(p -> p.total).orElse(BigDecimal.ZERO).min(closeSize);
            if (position.isPresent() && closeSize.signum() > 0) {
                profit = reduce(account, contract, position.get(), closeSize, price, now);
            }
        }
        if (openSize.signum() > 0) {
            increase(account, contract, opened, openSize, price, now);
        }
        BigDecimal filled = closeSize.add(openSize);
        order.uTime = now;
        if (filled.signum() == 0) {
            order.status = OrderStatus.CANCELLED;
            events.orderChanged(book, order);
            return;
        }
        BigDecimal feeRate = taker ? contract.takerFeeRate() : contract.makerFeeRate();
        BigDecimal fee = Decimals.derived(notionalInMarginCoin(contract, filled, price).multiply(feeRate));
        account.credit(contract.marginCoin(), fee.negate(), now);
        boolean closeOnly = openSize.signum() == 0;
        account.position(request.symbol(), closeOnly ? opened.opposite() : opened).ifPresent(p -> {
            p.fees = p.fees.add(fee);
            if (closeOnly) {
                p.closeFees = p.closeFees.add(fee);
            }
        });
        order.filledSize = filled;
        order.priceAvg = price;
        order.quoteVolume = Decimals.derived(filled.multiply(price));
        order.fee = order.fee.subtract(fee);
        order.totalProfits = order.totalProfits.add(profit);
        order.status = filled.compareTo(request.size()) == 0 ? OrderStatus.FILLED : OrderStatus.CANCELLED;
        FuturesFill trade = new FuturesFill(ids.next(), order.orderId, account.productType, request.symbol(), request.side(),
                order.tradeSideWire(), order.posMode, price, filled, order.quoteVolume, fee.negate(), contract.marginCoin(),
                profit, taker, now);
        account.fills.add(trade);
        marketData.recordTrade(account.productType.wire(), request.symbol(), price, filled, direction, now);
        events.orderFilled(book, order, trade);
    }

    private void increase(FuturesAccount account, FuturesContract contract, HoldSide side, BigDecimal size,
                          BigDecimal price, long now) {
        SymbolSettings settings = account.settings(contract.symbol());
        Position position = account.position(contract.symbol(), side).orElseGet(() -> {
            Position created = new Position(ids.next(), account.productType, contract.symbol(), contract.marginCoin(), side,
                    settings.marginMode, settings.leverage(settings.marginMode, side), now);
            account.putPosition(created);
            return created;
        });
        BigDecimal total = position.total.add(size);
        position.openPriceAvg = Decimals.divide(position.total.multiply(position.openPriceAvg).add(size.multiply(price)), total);
        position.total = total;
        position.margin = Decimals.derived(position.margin.add(
                notionalInMarginCoin(contract, size, price).divide(BigDecimal.valueOf(position.leverage), Decimals.MATH)));
        position.uTime = now;
    }

    /** Closes {@code size} of the position at {@code price}; returns the realized PnL (credited to the wallet). */
    private BigDecimal reduce(FuturesAccount account, FuturesContract contract, Position position, BigDecimal size,
                              BigDecimal price, long now) {
        BigDecimal profit = Decimals.derived(pnl(contract, position.direction(), size, position.openPriceAvg, price));
        BigDecimal releasedMargin = Decimals.divide(position.margin.multiply(size), position.total);
        position.margin = position.margin.subtract(releasedMargin);
        position.total = position.total.subtract(size);
        position.locked = position.locked.min(position.total);
        position.achievedProfits = position.achievedProfits.add(profit);
        position.uTime = now;
        account.credit(contract.marginCoin(), profit, now);
        if (position.total.signum() == 0) {
            account.removePosition(position);
        }
        return profit;
    }

    /** Puts a resting order's margin and the position size it will close on hold. */
    private static void hold(FuturesAccount account, FuturesOrder order, BigDecimal frozenMargin, BigDecimal closeSize) {
        order.frozenMargin = frozenMargin;
        if (closeSize.signum() > 0) {
            order.lockedPosition = closeSize;
            Side direction = tradeDirection(order.posMode, order.request);
            account.position(order.symbol(), HoldSide.openedBy(direction).opposite())
                    .ifPresent(p -> p.locked = p.locked.add(closeSize));
        }
    }

    private static void release(FuturesAccount account, FuturesOrder order) {
        order.frozenMargin = BigDecimal.ZERO;
        if (order.lockedPosition.signum() > 0) {
            Side direction = tradeDirection(order.posMode, order.request);
            account.position(order.symbol(), HoldSide.openedBy(direction).opposite())
                    .ifPresent(p -> p.locked = p.locked.subtract(order.lockedPosition).max(BigDecimal.ZERO));
            order.lockedPosition = BigDecimal.ZERO;
        }
    }

    // ---------------------------------------------------------------- settings

    SymbolSettings setLeverage(TradingBook book, ProductType type, String symbol, Integer leverage, Integer longLeverage,
                               Integer shortLeverage, HoldSide holdSide) {
        FuturesAccount account = book.futures(type);
        FuturesContract contract = instruments.requireContract(type, symbol);
        SymbolSettings settings = account.settings(symbol);
        if (settings.marginMode == MarginMode.CROSSED) {
            settings.crossLeverage = checkLeverage(contract, required(leverage));
        } else if (longLeverage != null || shortLeverage != null) {
            if (longLeverage != null) {
                settings.longLeverage = checkLeverage(contract, longLeverage);
            }
            if (shortLeverage != null) {
                settings.shortLeverage = checkLeverage(contract, shortLeverage);
            }
        } else {
            int value = checkLeverage(contract, required(leverage));
            if (holdSide != HoldSide.SHORT) {
                settings.longLeverage = value;
            }
            if (holdSide != HoldSide.LONG) {
                settings.shortLeverage = value;
            }
        }
        for (Position position : account.positions.values()) {
            if (position.symbol.equals(symbol)) {
                position.leverage = settings.leverage(position.marginMode, position.holdSide);
                BigDecimal entryNotional = notionalInMarginCoin(contract, position.total, position.openPriceAvg);
                position.margin = Decimals.divide(entryNotional, BigDecimal.valueOf(position.leverage));
            }
        }
        return settings;
    }

    private static int required(Integer leverage) {
        if (leverage == null) {
            throw BitgetError.parameterEmpty("leverage");
        }
        return leverage;
    }

    private static int checkLeverage(FuturesContract contract, int leverage) {
        if (leverage < contract.minLever() || leverage > contract.maxLever()) {
            throw BitgetError.parameterError("leverage");
        }
        return leverage;
    }

    SymbolSettings setMarginMode(TradingBook book, ProductType type, String symbol, MarginMode mode) {
        FuturesAccount account = book.futures(type);
        instruments.requireContract(type, symbol);
        if (account.hasPositionsOrOrders(symbol)) {
            throw marginModeLocked();
        }
        SymbolSettings settings = account.settings(symbol);
        settings.marginMode = mode;
        return settings;
    }

    void setPositionMode(TradingBook book, ProductType type, PositionMode mode) {
        FuturesAccount account = book.futures(type);
        if (account.hasPositionsOrOrders(null)) {
            throw new BitgetError("40920", "Position or order exists, the position mode cannot be switched");
        }
        account.positionMode = mode;
    }

    // ---------------------------------------------------------------- valuation

    /** Margin-coin value of a quantity: quote value for linear contracts, the base quantity itself for inverse ones. */
    static BigDecimal notionalInMarginCoin(FuturesContract contract, BigDecimal size, BigDecimal price) {
        return contract.productType().isInverse() ? size : size.multiply(price);
    }

    /** Profit in margin coin of closing {@code size} opened at {@code entry} at {@code exit}; direction +1 long, -1 short. */
    static BigDecimal pnl(FuturesContract contract, BigDecimal direction, BigDecimal size, BigDecimal entry, BigDecimal exit) {
        BigDecimal linear = exit.subtract(entry).multiply(size).multiply(direction);
        return contract.productType().isInverse() ? linear.divide(exit, Decimals.MATH) : linear;
    }

    BigDecimal markPrice(Position position) {
        return marketData.price(position.symbol);
    }

    BigDecimal unrealizedPL(Position position) {
        FuturesContract contract = instruments.requireContract(position.productType, position.symbol);
        return Decimals.derived(pnl(contract, position.direction(), position.total, position.openPriceAvg, markPrice(position)));
    }

    /** Cash minus position margins, minus margin held by resting orders, minus open losses of crossed positions. */
    BigDecimal available(FuturesAccount account, String coin) {
        BigDecimal available = account.balance(coin);
        BigDecimal crossedLoss = BigDecimal.ZERO;
        for (Position position : account.positions.values()) {
            if (position.marginCoin.equals(coin)) {
                available = available.subtract(position.margin);
                if (position.marginMode == MarginMode.CROSSED) {
                    crossedLoss = crossedLoss.add(unrealizedPL(position));
                }
            }
        }
        return Decimals.derived(available.subtract(frozen(account, coin)).add(crossedLoss.min(BigDecimal.ZERO)));
    }

    /** Margin held by resting orders. */
    BigDecimal frozen(FuturesAccount account, String coin) {
        BigDecimal frozen = BigDecimal.ZERO;
        for (FuturesOrder order : account.openOrders()) {
            if (order.request.marginCoin().equalsIgnoreCase(coin)) {
                frozen = frozen.add(order.frozenMargin);
            }
        }
        return frozen;
    }

    /**
     * Where the maintenance margin would exhaust the collateral: the position's margin when isolated, plus the
     * free balance when crossed. Zero means "no liquidation price", as Bitget reports it.
     */
    BigDecimal liquidationPrice(FuturesAccount account, Position position) {
        FuturesContract contract = instruments.requireContract(position.productType, position.symbol);
        BigDecimal entry = position.openPriceAvg;
        BigDecimal collateral = position.margin;
        if (position.marginMode == MarginMode.CROSSED) {
            collateral = collateral.add(available(account, position.marginCoin).max(BigDecimal.ZERO));
        }
        if (contract.productType().isInverse()) {
            collateral = collateral.multiply(markPrice(position));
        }
        BigDecimal move = collateral.divide(position.total, Decimals.MATH).subtract(entry.multiply(KEEP_MARGIN_RATE));
        BigDecimal liquidation = position.holdSide == HoldSide.LONG ? entry.subtract(move) : entry.add(move);
        return liquidation.signum() > 0 ? Decimals.derived(liquidation) : BigDecimal.ZERO;
    }

    /** Margin coin needed to keep the position open at the mark price. */
    BigDecimal maintenanceMargin(Position position) {
        FuturesContract contract = instruments.requireContract(position.productType, position.symbol);
        return notionalInMarginCoin(contract, position.total, markPrice(position)).multiply(KEEP_MARGIN_RATE);
    }

    BigDecimal marginRatio(Position position) {
        BigDecimal maintenance = maintenanceMargin(position);
        BigDecimal equity = position.margin.add(unrealizedPL(position));
        return equity.signum() > 0 ? Decimals.divide(maintenance, equity) : BigDecimal.ONE;
    }

    /** Entry price moved by the fees of a round trip, the price at which closing breaks even. */
    BigDecimal breakEvenPrice(Position position) {
        FuturesContract contract = instruments.requireContract(position.productType, position.symbol);
        BigDecimal roundTrip = BigDecimal.ONE.add(position.direction().multiply(contract.takerFeeRate()).multiply(BigDecimal.valueOf(2)));
        return Decimals.derived(position.openPriceAvg.multiply(roundTrip));
    }
}
