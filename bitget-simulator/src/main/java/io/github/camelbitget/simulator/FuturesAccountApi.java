package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Futures accounts, positions and account settings (leverage, margin mode, position mode). */
final class FuturesAccountApi {

    private FuturesAccountApi() {
    }

    static void register(Routes routes) {
        routes.privateGet("/api/v2/mix/account/accounts", 10, FuturesAccountApi::accounts)
                .privateGet("/api/v2/mix/account/account", 10, FuturesAccountApi::account)
                .privateGet("/api/v2/mix/position/all-position", 5, FuturesAccountApi::allPositions)
                .privateGet("/api/v2/mix/position/single-position", 10, FuturesAccountApi::singlePosition)
                .privatePost("/api/v2/mix/account/set-leverage", 5, FuturesAccountApi::setLeverage)
                .privatePost("/api/v2/mix/account/set-margin-mode", 5, FuturesAccountApi::setMarginMode)
                .privatePost("/api/v2/mix/account/set-position-mode", 5, FuturesAccountApi::setPositionMode);
    }

    // ---------------------------------------------------------------- accounts

    private static JsonNode accounts(ApiRequest request) {
        ProductType type = request.params().requiredEnum("productType", ProductType.class);
        FuturesAccount account = request.book().futures(type);
        Set<String> coins = new LinkedHashSet<>(request.exchange().instruments().marginCoins(type));
        account.balances.forEach((coin, balance) -> {
            if (balance.signum() != 0) {
                coins.add(coin);
            }
        });
        ArrayNode data = Json.array();
        for (String coin : coins) {
            ObjectNode item = summary(request, account, coin);
            item.put("coupon", "0")
                    .put("unionTotalMargin", "0")
                    .put("unionAvailable", "0")
                    .put("unionMm", "0");
            item.putArray("assetList").addObject()
                    .put("coin", coin)
                    .put("balance", Json.text(account.balance(coin)))
                    .put("available", Json.text(request.exchange().futures().available(account, coin)));
            item.put("isolatedMargin", Json.text(margin(account, coin, MarginMode.ISOLATED)))
                    .put("crossedMargin", Json.text(margin(account, coin, MarginMode.CROSSED)))
                    .put("crossedUnrealizedPL", Json.text(unrealized(request, account, coin, MarginMode.CROSSED)))
                    .put("isolatedUnrealizedPL", Json.text(unrealized(request, account, coin, MarginMode.ISOLATED)))
                    .put("assetMode", "single");
            data.add(item);
        }
        return data;
    }

    private static JsonNode account(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        String marginCoin = marginCoin(request, type, symbol);
        FuturesAccount account = request.book().futures(type);
        SymbolSettings settings = account.settings(symbol);
        return summary(request, account, marginCoin)
                .put("crossedMarginLeverage", Integer.toString(settings.crossLeverage))
                .put("isolatedLongLever", Integer.toString(settings.longLeverage))
                .put("isolatedShortLever", Integer.toString(settings.shortLeverage))
                .put("marginMode", settings.marginMode.wire())
                .put("posMode", account.positionMode.wire())
                .put("coupon", "0")
                .put("crossedUnrealizedPL", Json.text(unrealized(request, account, marginCoin, MarginMode.CROSSED)))
                .put("isolatedUnrealizedPL", Json.text(unrealized(request, account, marginCoin, MarginMode.ISOLATED)))
                .put("assetMode", "single");
    }

    /** The fields that {@code accounts} and {@code account} share, in Bitget's order. */
    private static ObjectNode summary(ApiRequest request, FuturesAccount account, String coin) {
        FuturesEngine engine = request.exchange().futures();
        BigDecimal available = engine.available(account, coin);
        BigDecimal unrealized = unrealized(request, account, coin, null);
        BigDecimal equity = account.balance(coin).add(unrealized);
        BigDecimal usdtEquity = request.exchange().marketData().usdValue(coin, equity);
        BigDecimal btcPrice = request.exchange().marketData().has("BTCUSDT")
                ? request.exchange().marketData().price("BTCUSDT") : null;
        BigDecimal crossedMaintenance = account.positions.values().stream()
                .filter(p -> p.marginCoin.equals(coin) && p.marginMode == MarginMode.CROSSED)
                .map(engine::maintenanceMargin).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Json.object()
                .put("marginCoin", coin)
                .put("locked", Json.text(engine.frozen(account, coin)))
                .put("available", Json.text(available))
                .put("crossedMaxAvailable", Json.text(available))
                .put("isolatedMaxAvailable", Json.text(available))
                .put("maxTransferOut", Json.text(available.max(BigDecimal.ZERO)))
                .put("accountEquity", Json.text(Decimals.derived(equity)))
                .put("usdtEquity", Json.text(Decimals.derived(usdtEquity)))
                .put("btcEquity", btcPrice == null ? "0" : Json.text(Decimals.divide(usdtEquity, btcPrice)))
                .put("crossedRiskRate", equity.signum() > 0 ? Json.text(Decimals.divide(crossedMaintenance, equity)) : "0")
                .put("unrealizedPL", Json.text(unrealized));
    }

    private static BigDecimal margin(FuturesAccount account, String coin, MarginMode mode) {
        return account.positions.values().stream()
                .filter(p -> p.marginCoin.equals(coin) && p.marginMode == mode)
                .map(p -> p.margin).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Unrealized PnL of the coin's positions in {@code mode}, or of all of them when {@code mode} is null. */
    private static BigDecimal unrealized(ApiRequest request, FuturesAccount account, String coin, MarginMode mode) {
        return account.positions.values().stream()
                .filter(p -> p.marginCoin.equals(coin) && (mode == null || p.marginMode == mode))
                .map(request.exchange().futures()::unrealizedPL).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String marginCoin(ApiRequest request, ProductType type, String symbol) {
        FuturesContract contract = request.exchange().instruments().requireContract(type, symbol);
        String marginCoin = request.params().required("marginCoin").toUpperCase(Locale.ROOT);
        if (!marginCoin.equals(contract.marginCoin())) {
            throw BitgetError.parameterError("marginCoin");
        }
        return marginCoin;
    }

    // ---------------------------------------------------------------- positions

    private static JsonNode allPositions(ApiRequest request) {
        ProductType type = request.params().requiredEnum("productType", ProductType.class);
        Optional<String> marginCoin = request.params().optional("marginCoin").map(c -> c.toUpperCase(Locale.ROOT));
        FuturesAccount account = request.book().futures(type);
        ArrayNode data = Json.array();
        account.positions.values().stream()
                .filter(p -> marginCoin.isEmpty() || p.marginCoin.equals(marginCoin.get()))
                .forEach(p -> data.add(position(request, account, p, true)));
        return data;
    }

    /** An array: one entry, or two in hedge mode, or none. */
    private static JsonNode singlePosition(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        marginCoin(request, type, symbol);
        FuturesAccount account = request.book().futures(type);
        ArrayNode data = Json.array();
        account.positions.values().stream()
                .filter(p -> p.symbol.equals(symbol))
                .forEach(p -> data.add(position(request, account, p, false)));
        return data;
    }

    private static ObjectNode position(ApiRequest request, FuturesAccount account, Position position, boolean withTpSl) {
        FuturesEngine engine = request.exchange().futures();
        BigDecimal openDelegateSize = account.openOrders().stream()
                .filter(o -> o.symbol().equals(position.symbol) && !o.isClose() && o.frozenMargin.signum() > 0)
                .filter(o -> o.posMode == PositionMode.ONE_WAY || o.hedgeHoldSide() == position.holdSide)
                .map(o -> o.request.size()).reduce(BigDecimal.ZERO, BigDecimal::add);
        ObjectNode node = Json.object()
                .put("marginCoin", position.marginCoin)
                .put("symbol", position.symbol)
                .put("holdSide", position.holdSide.wire())
                .put("openDelegateSize", Json.text(openDelegateSize))
                .put("marginSize", Json.text(position.margin))
                .put("available", Json.text(position.available()))
                .put("locked", Json.text(position.locked))
                .put("total", Json.text(position.total))
                .put("leverage", Integer.toString(position.leverage))
                .put("achievedProfits", Json.text(position.achievedProfits))
                .put("openPriceAvg", Json.text(position.openPriceAvg))
                .put("marginMode", position.marginMode.wire())
                .put("posMode", account.positionMode.wire())
                .put("unrealizedPL", Json.text(engine.unrealizedPL(position)))
                .put("liquidationPrice", Json.text(engine.liquidationPrice(account, position)))
                .put("keepMarginRate", Json.text(FuturesEngine.KEEP_MARGIN_RATE))
                .put("markPrice", Json.text(engine.markPrice(position)))
                .put("marginRatio", Json.text(engine.marginRatio(position)))
                .put("breakEvenPrice", Json.text(engine.breakEvenPrice(position)))
                .put("totalFee", "")
                .put("deductedFee", Json.text(position.fees));
        if (withTpSl) {
            node.put("takeProfit", "").put("stopLoss", "").put("takeProfitId", "").put("stopLossId", "");
        } else {
            node.put("autoMargin", "off");
        }
        return node.put("assetMode", "single")
                .put("cTime", Long.toString(position.cTime))
                .put("uTime", Long.toString(position.uTime));
    }

    // ---------------------------------------------------------------- settings

    private static JsonNode setLeverage(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        String marginCoin = marginCoin(request, type, symbol);
        SymbolSettings settings = request.exchange().futures().setLeverage(request.book(), type, symbol,
                params.optionalPositiveInteger("leverage").orElse(null),
                params.optionalPositiveInteger("longLeverage").orElse(null),
                params.optionalPositiveInteger("shortLeverage").orElse(null),
                params.optionalEnum("holdSide", HoldSide.class).orElse(null));
        return Json.object()
                .put("symbol", symbol)
                .put("marginCoin", marginCoin)
                .put("longLeverage", Integer.toString(settings.longLeverage))
                .put("shortLeverage", Integer.toString(settings.shortLeverage))
                .put("crossMarginLeverage", Integer.toString(settings.crossLeverage))
                .put("marginMode", settings.marginMode.wire());
    }

    private static JsonNode setMarginMode(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        String marginCoin = marginCoin(request, type, symbol);
        MarginMode mode = params.requiredEnum("marginMode", MarginMode.class);
        SymbolSettings settings = request.exchange().futures().setMarginMode(request.book(), type, symbol, mode);
        return Json.object()
                .put("symbol", symbol)
                .put("marginCoin", marginCoin)
                .put("longLeverage", Integer.toString(settings.longLeverage))
                .put("shortLeverage", Integer.toString(settings.shortLeverage))
                .put("marginMode", settings.marginMode.wire());
    }

    private static JsonNode setPositionMode(ApiRequest request) {
        ProductType type = request.params().requiredEnum("productType", ProductType.class);
        PositionMode mode = request.params().requiredEnum("posMode", PositionMode.class);
        request.exchange().futures().setPositionMode(request.book(), type, mode);
        return Json.object().put("posMode", mode.wire());
    }
}
