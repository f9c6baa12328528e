package io.github.camelbitget.unified;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.Param;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.ProductTypes;
import io.github.camelbitget.model.AccountAsset;
import io.github.camelbitget.model.CountdownResult;
import io.github.camelbitget.model.FeeDetail;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesFill;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.LeverageResult;
import io.github.camelbitget.model.MarginMode;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderOutcome;
import io.github.camelbitget.model.OrderType;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.PositionMode;
import io.github.camelbitget.model.PositionModeResult;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.model.SpotAsset;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotOrder;

/**
 * Turns v3 answers into the result records classic accounts get, so a route reads one model whatever the account:
 * renamed fields are mapped (bitget-v3-uta.md §7.10), a hedge-mode order's side names the position again with
 * tradeSide open or close, futures order states use v2's spelling ({@code canceled}), and filters v3 lacks (orderId
 * on open orders, symbol on fills, coin on assets, marginCoin on positions) are applied here. Fields v3 does not have
 * are null.
 */
public final class UnifiedResults {

    private UnifiedResults() {
    }

    public static Object same(Object data, PreparedRequest request) {
        return data;
    }

    /**
     * The unified account seen as the futures account of the product type's margin coin (USDT, USDC, or every other
     * coin for COIN-FUTURES): the coin's equity, availability and lock, with the account-wide figures beside it.
     */
    public static Object futuresAccounts(Object data, PreparedRequest request) {
        if (data == null) {
            return List.of();
        }
        UtaAssets assets = (UtaAssets) data;
        String productType = request.parameter(Param.PRODUCT_TYPE);
        List<AccountAsset> assetList = assets.assets().stream()
                .map(coin -> new AccountAsset(coin.coin(), coin.balance(), coin.available())).toList();
        return assets.assets().stream().filter(coin -> isMarginCoin(productType, coin.coin()))
                .map(coin -> new FuturesAccount(coin.coin(), coin.locked(), coin.available(), null, null, null,
                        coin.equity(), assets.usdtEquity(), assets.btcEquity(), assets.mgnRatio(),
                        assets.unrealisedPnl(), null, assets.effEquity(), null, assets.mmr(), assetList, null, null,
                        null, null, null))
                .toList();
    }

    private static boolean isMarginCoin(String productType, String coin) {
        return switch (productType) {
            case ProductTypes.USDT_FUTURES -> "USDT".equals(coin);
            case ProductTypes.USDC_FUTURES -> "USDC".equals(coin);
            default -> !"USDT".equals(coin) && !"USDC".equals(coin);
        };
    }

    /** v3 {@code locked} is what v2 calls {@code frozen}: held by open orders. */
    public static Object spotAssets(Object data, PreparedRequest request) {
        if (data == null) {
            return List.of();
        }
        String coin = request.parameter(Param.COIN);
        return ((UtaAssets) data).assets().stream().filter(asset -> coin == null || coin.equals(asset.coin()))
                .map(asset -> new SpotAsset(asset.coin(), asset.available(), asset.locked(), null, null, null))
                .toList();
    }

    public static Object positions(Object data, PreparedRequest request) {
        String marginCoin = request.parameter(Param.MARGIN_COIN);
        return items(data, UtaPosition.class).stream()
                .filter(position -> marginCoin == null || marginCoin.equals(position.marginCoin()))
                .map(UnifiedResults::position).toList();
    }

    private static Position position(UtaPosition p) {
        return new Position(p.symbol(), p.marginCoin(), HoldSide.fromWire(p.posSide()), null, p.positionBalance(),
                p.available(), p.frozen(), p.total(), p.leverage(), p.curRealisedPnl(), p.avgPrice(),
                MarginMode.fromWire(p.marginMode()), PositionMode.fromWire(p.holdMode()), p.unrealisedPnl(),
                p.liquidationPrice(), null, p.markPrice(), null, p.breakEvenPrice(), p.totalFunding(), null, null,
                null, null, null, p.createdTime(), null, p.updatedTime());
    }

    public static Object futuresOrders(Object data, PreparedRequest request) {
        return items(data, UtaOrder.class).stream().filter(named(request)).map(UnifiedResults::futuresOrder).toList();
    }

    public static Object futuresOrderDetail(Object data, PreparedRequest request) {
        return data == null ? null : futuresOrder((UtaOrder) data);
    }

    private static FuturesOrder futuresOrder(UtaOrder o) {
        boolean hedge = isHedge(o.holdMode(), o.posSide());
        return new FuturesOrder(o.symbol(), o.qty(), o.orderId(), o.clientOid(), o.cumExecQty(), totalFee(o.feeDetail()),
                o.price(), o.avgPrice(), futuresStatus(o.orderStatus()), classicSide(o.side(), o.posSide(), hedge),
                o.timeInForce(), null, hedge ? o.posSide() : "net", null, o.cumExecValue(), null, null,
                o.reduceOnly() == null ? null : o.reduceOnly().toUpperCase(Locale.ROOT), null,
                tradeSide(o.tradeSide(), o.side(), o.posSide(), hedge), PositionMode.fromWire(o.holdMode()),
                OrderType.fromWire(o.orderType()), null, o.createdTime(), o.updatedTime(), o.takeProfit(),
                o.stopLoss(), null, null);
    }

    public static Object spotOrders(Object data, PreparedRequest request) {
        return items(data, UtaOrder.class).stream().filter(named(request)).map(UnifiedResults::spotOrder).toList();
    }

    /** v2 answers a spot order lookup with a list. */
    public static Object spotOrderDetail(Object data, PreparedRequest request) {
        return data == null ? List.of() : List.of(spotOrder((UtaOrder) data));
    }

    private static SpotOrder spotOrder(UtaOrder o) {
        return new SpotOrder(null, o.symbol(), o.orderId(), o.clientOid(), o.price(), o.avgPrice(), null, o.qty(),
                OrderType.fromWire(o.orderType()), Side.fromWire(o.side()), o.orderStatus(), o.cumExecQty(),
                o.cumExecValue(), null, null, o.createdTime(), o.updatedTime(), BitgetJson.write(o.feeDetail()),
                null, null, o.cancelReason());
    }

    public static Object futuresFills(Object data, PreparedRequest request) {
        return items(data, UtaFill.class).stream().filter(onSymbol(request, UtaFill::symbol))
                .map(f -> new FuturesFill(f.execId(), f.symbol(), f.orderId(), f.execPrice(), f.execQty(),
                        f.feeDetail() == null ? List.of() : f.feeDetail().stream().map(UnifiedResults::fee).toList(),
                        fillSide(f.side(), f.tradeSide()), f.execValue(), f.execPnl(), null,
                        tradeSide(f.tradeSide(), f.side(), null, false), null, f.tradeScope(), f.createdTime()))
                .toList();
    }

    public static Object spotFills(Object data, PreparedRequest request) {
        return items(data, UtaFill.class).stream().filter(onSymbol(request, UtaFill::symbol))
                .map(f -> new SpotFill(null, f.symbol(), f.orderId(), f.execId(), OrderType.fromWire(f.orderType()),
                        Side.fromWire(f.side()), f.execPrice(), f.execQty(), f.execValue(), f.createdTime(),
                        f.updatedTime(), f.tradeScope(),
                        f.feeDetail() == null || f.feeDetail().isEmpty() ? null : fee(f.feeDetail().get(0))))
                .toList();
    }

    /** Per-order outcomes of a batch or a close: empty or {@code 00000} codes succeeded. */
    public static Object orderOutcomes(Object data, PreparedRequest request) {
        String symbol = request.parameter(Param.SYMBOL);
        List<OrderOutcome> succeeded = new ArrayList<>();
        List<OrderOutcome> failed = new ArrayList<>();
        for (UtaItemResult item : items(data, UtaItemResult.class)) {
            if (item.succeeded()) {
                succeeded.add(new OrderOutcome(item.orderId(), item.clientOid(), symbol, null, null));
            } else {
                failed.add(new OrderOutcome(item.orderId(), item.clientOid(), symbol, item.code(), item.msg()));
            }
        }
        return new OrderBatchResult(succeeded, failed);
    }

    /** v3 answers {@code "success"} without the values; the result is the leverage Bitget accepted. */
    public static Object leverageSet(Object data, PreparedRequest request) {
        BigDecimal leverage = new BigDecimal(request.parameter(Param.LEVERAGE));
        String holdSide = request.parameter(Param.HOLD_SIDE);
        return new LeverageResult(request.parameter(Param.SYMBOL), request.parameter(Param.MARGIN_COIN),
                holdSide == null || "long".equals(holdSide) ? leverage : null,
                holdSide == null || "short".equals(holdSide) ? leverage : null, null, null);
    }

    public static Object holdModeSet(Object data, PreparedRequest request) {
        return new PositionModeResult(PositionMode.fromWire(request.parameter(Param.POS_MODE)));
    }

    public static Object countdownSet(Object data, PreparedRequest request) {
        return new CountdownResult(Integer.parseInt(request.parameter(Param.COUNTDOWN)));
    }

    private static <T> List<T> items(Object data, Class<T> type) {
        return ((List<?>) data).stream().map(type::cast).toList();
    }

    /** The orderId and clientOid filters of v2 order lists, which v3 lists do not take. */
    private static Predicate<UtaOrder> named(PreparedRequest request) {
        String orderId = request.parameter(Param.ORDER_ID);
        String clientOid = request.parameter(Param.CLIENT_OID);
        return order -> (orderId == null || orderId.equals(order.orderId()))
                        && (clientOid == null || clientOid.equals(order.clientOid()));
    }

    private static <T> Predicate<T> onSymbol(PreparedRequest request, Function<T, String> symbolOf) {
        String symbol = request.parameter(Param.SYMBOL);
        return item -> symbol == null || symbol.equals(symbolOf.apply(item));
    }

    private static boolean isHedge(String holdMode, String posSide) {
        return holdMode != null ? PositionMode.fromWire(holdMode) == PositionMode.HEDGE
                : "long".equals(posSide) || "short".equals(posSide);
    }

    /** In hedge mode v2 names the position in {@code side}: buy for long, sell for short. */
    private static Side classicSide(String side, String posSide, boolean hedge) {
        return hedge ? ("long".equals(posSide) ? Side.BUY : Side.SELL) : Side.fromWire(side);
    }

    /** A fill's tradeSide names the position in hedge mode ({@code close_long}); v2's side names it too. */
    private static Side fillSide(String side, String tradeSide) {
        if (tradeSide != null && tradeSide.endsWith("_long")) {
            return Side.BUY;
        }
        if (tradeSide != null && tradeSide.endsWith("_short")) {
            return Side.SELL;
        }
        return Side.fromWire(side);
    }

    /**
     * open or close, from v3's tradeSide where it says so ({@code open_long}, {@code close}...), else from the
     * direction: a trade against the position closes it.
     */
    private static String tradeSide(String tradeSide, String side, String posSide, boolean hedge) {
        if (tradeSide != null && (tradeSide.startsWith("open") || tradeSide.startsWith("close"))) {
            return tradeSide.startsWith("open") ? "open" : "close";
        }
        if (!hedge) {
            return tradeSide;
        }
        boolean withPosition = "buy".equals(side) == "long".equals(posSide);
        return withPosition ? "open" : "close";
    }

    /** v2 futures spell the cancelled state {@code canceled}; v3's {@code new} (accepted, not yet live) is live. */
    private static String futuresStatus(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "cancelled" -> "canceled";
            case "new" -> "live";
            default -> status;
        };
    }

    private static BigDecimal totalFee(List<UtaFee> fees) {
        if (fees == null) {
            return null;
        }
        return fees.stream().map(UtaFee::fee).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static FeeDetail fee(UtaFee fee) {
        return new FeeDetail(null, fee.feeCoin(), null, fee.fee());
    }
}
