package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * v3 account endpoints of a unified account: settings (the account-type probe), assets, positions, leverage
 * and the account-wide hold mode.
 */
final class UnifiedAccountApi {

    private static final UnifiedFields NO_FIELDS = UnifiedFields.of();
    private static final UnifiedFields POSITION_FIELDS = UnifiedFields.of("category", "symbol", "posSide");
    private static final UnifiedFields LEVERAGE_FIELDS = UnifiedFields.of("category", "symbol", "leverage", "posSide",
            "marginMode", "longLeverage", "shortLeverage");
    private static final UnifiedFields HOLD_MODE_FIELDS = UnifiedFields.of("holdMode");

    private UnifiedAccountApi() {
    }

    static void register(Routes routes) {
        routes.privateGet("/api/v3/account/settings", 20, UnifiedAccountApi::settings)
                .privateGet("/api/v3/account/assets", 20, UnifiedAccountApi::assets)
                .privateGet("/api/v3/position/current-position", 20, UnifiedAccountApi::currentPosition)
                .privatePost("/api/v3/account/set-leverage", 10, UnifiedAccountApi::setLeverage)
                .privatePost("/api/v3/account/set-hold-mode", 10, UnifiedAccountApi::setHoldMode);
    }

    // ---------------------------------------------------------------- settings and assets

    /**
     * Every listed contract with its margin mode and leverage (isolated: the long side's). Account level and
     * asset mode are fixed at the values of Bitget's sample; collateral is per coin whatever they say.
     */
    private static JsonNode settings(ApiRequest request) {
        NO_FIELDS.check(request.params());
        TradingBook book = request.book();
        ObjectNode data = Json.object()
                .put("uid", book.uid)
                .put("accountMode", "unified")
                .put("accountLevel", "advanced")
                .put("assetMode", "multi_assets")
                .put("holdMode", holdMode(book).wire())
                .put("stpMode", "none");
        ArrayNode symbols = data.putArray("symbolConfigList");
        for (FuturesAccount account : book.futures.values()) {
            for (FuturesContract contract : request.exchange().instruments().contracts(account.productType)) {
                SymbolSettings settings = account.settings.getOrDefault(contract.symbol(), new SymbolSettings());
                int leverage = settings.marginMode == MarginMode.CROSSED ? settings.crossLeverage : settings.longLeverage;
                symbols.addObject()
                        .put("category", UnifiedCategory.of(account.productType).wire())
                        .put("symbol", contract.symbol())
                        .put("marginMode", settings.marginMode.wire())
                        .put("leverage", Integer.toString(leverage));
            }
        }
        data.putArray("coinConfigList");
        return data;
    }

    /** The hold mode is account-wide: every product type carries the same position mode. */
    private static PositionMode holdMode(TradingBook book) {
        return book.futures(ProductType.USDT_FUTURES).positionMode;
    }

    /** Coins with a balance or equity, valued in USD (USDT and USDC at par); no haircuts, so effEquity = equity. */
    private static JsonNode assets(ApiRequest request) {
        NO_FIELDS.check(request.params());
        MarketData market = request.exchange().marketData();
        List<UnifiedAssets.Coin> coins = UnifiedAssets.of(request.exchange(), request.book()).stream()
                .filter(coin -> !coin.isEmpty()).toList();
        BigDecimal equity = BigDecimal.ZERO;
        BigDecimal unrealised = BigDecimal.ZERO;
        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal maintenance = BigDecimal.ZERO;
        ArrayNode assets = Json.array();
        for (UnifiedAssets.Coin coin : coins) {
            BigDecimal usdValue = Decimals.derived(market.usdValue(coin.coin(), coin.equity()));
            equity = equity.add(usdValue);
            unrealised = unrealised.add(market.usdValue(coin.coin(), coin.unrealisedPnl()));
            initial = initial.add(market.usdValue(coin.coin(), coin.initialMargin()));
            maintenance = maintenance.add(market.usdValue(coin.coin(), coin.maintenanceMargin()));
            assets.addObject()
                    .put("coin", coin.coin())
                    .put("equity", Json.text(Decimals.derived(coin.equity())))
                    .put("usdValue", Json.text(usdValue))
                    .put("balance", Json.text(coin.balance()))
                    .put("available", Json.text(coin.available()))
                    .put("debt", "0")
                    .put("locked", Json.text(coin.locked()));
        }
        String marginRatio = equity.signum() > 0 ? Json.text(Decimals.divide(maintenance, equity)) : "0";
        ObjectNode data = Json.object()
                .put("accountEquity", Json.text(Decimals.derived(equity)))
                .put("usdtEquity", Json.text(Decimals.derived(equity)))
                .put("btcEquity", inBtc(market, equity))
                .put("unrealisedPnl", Json.text(Decimals.derived(unrealised)))
                .put("usdtUnrealisedPnl", Json.text(Decimals.derived(unrealised)))
                .put("btcUnrealizedPnl", inBtc(market, unrealised))
                .put("effEquity", Json.text(Decimals.derived(equity)))
                .put("mmr", Json.text(Decimals.derived(maintenance)))
                .put("imr", Json.text(Decimals.derived(initial)))
                .put("mgnRatio", marginRatio)
                .put("positionMgnRatio", marginRatio);
        data.set("assets", assets);
        return data;
    }

    private static String inBtc(MarketData market, BigDecimal usd) {
        return market.has("BTCUSDT") ? Json.text(Decimals.divide(usd, market.price("BTCUSDT"))) : "0";
    }

    // ---------------------------------------------------------------- positions

    /** {@code category} required (futures); {@code posSide} is {@code long}/{@code short} in both hold modes. */
    private static JsonNode currentPosition(ApiRequest request) {
        Params params = request.params();
        POSITION_FIELDS.check(params);
        ProductType type = UnifiedCategory.requiredFutures(params);
        Optional<String> symbol = params.optionalSymbol();
        Optional<HoldSide> posSide = params.optionalEnum("posSide", HoldSide.class);
        FuturesAccount account = request.book().futures(type);
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("list");
        account.positions.values().stream()
                .filter(p -> symbol.map(p.symbol::equals).orElse(true))
                .filter(p -> posSide.map(side -> side == p.holdSide).orElse(true))
                .forEach(p -> list.add(position(request.exchange().futures(), account, p)));
        return data;
    }

    /** Fees are negative (paid), split into the opening and the closing trades' part. */
    private static ObjectNode position(FuturesEngine engine, FuturesAccount account, Position position) {
        BigDecimal unrealised = engine.unrealizedPL(position);
        return Json.object()
                .put("category", UnifiedCategory.of(position.productType).wire())
                .put("symbol", position.symbol)
                .put("marginCoin", position.marginCoin)
                .put("holdMode", account.positionMode.wire())
                .put("posSide", position.holdSide.wire())
                .put("marginMode", position.marginMode.wire())
                .put("positionBalance", Json.text(position.margin))
                .put("available", Json.text(position.available()))
                .put("frozen", Json.text(position.locked))
                .put("total", Json.text(position.total))
                .put("leverage", Integer.toString(position.leverage))
                .put("curRealisedPnl", Json.text(position.achievedProfits))
                .put("avgPrice", Json.text(position.openPriceAvg))
                .put("positionStatus", "normal")
                .put("unrealisedPnl", Json.text(unrealised))
                .put("liquidationPrice", Json.text(engine.liquidationPrice(account, position)))
                .put("mmr", Json.text(FuturesEngine.KEEP_MARGIN_RATE))
                .put("profitRate", position.margin.signum() > 0 ? Json.text(Decimals.divide(unrealised, position.margin)) : "0")
                .put("markPrice", Json.text(engine.markPrice(position)))
                .put("breakEvenPrice", Json.text(engine.breakEvenPrice(position)))
                .put("totalFunding", "0")
                .put("openFeeTotal", Json.text(position.closeFees.subtract(position.fees)))
                .put("closeFeeTotal", Json.text(position.closeFees.negate()))
                .put("createdTime", Long.toString(position.cTime))
                .put("updatedTime", Long.toString(position.uTime));
    }

    // ---------------------------------------------------------------- settings changes

    /**
     * {@code marginMode} (optional) switches the symbol first, as long as it is flat; an isolated symbol needs
     * {@code posSide} unless {@code longLeverage}/{@code shortLeverage} name both sides.
     */
    private static JsonNode setLeverage(ApiRequest request) {
        Params params = request.params();
        LEVERAGE_FIELDS.check(params);
        ProductType type = UnifiedCategory.requiredFutures(params);
        String symbol = params.requiredSymbol();
        int leverage = params.optionalPositiveInteger("leverage").orElseThrow(() -> BitgetError.parameterEmpty("leverage"));
        Optional<Integer> longLeverage = params.optionalPositiveInteger("longLeverage");
        Optional<Integer> shortLeverage = params.optionalPositiveInteger("shortLeverage");
        Optional<HoldSide> posSide = params.optionalEnum("posSide", HoldSide.class);
        Optional<MarginMode> marginMode = params.optionalEnum("marginMode", MarginMode.class);
        FuturesEngine engine = request.exchange().futures();
        UnifiedErrors.translate(false, () -> request.exchange().instruments().requireContract(type, symbol));
        FuturesAccount account = request.book().futures(type);
        if (marginMode.isPresent() && marginMode.get() != account.settings(symbol).marginMode) {
            engine.setMarginMode(request.book(), type, symbol, marginMode.get());
        }
        boolean isolated = account.settings(symbol).marginMode == MarginMode.ISOLATED;
        boolean bothSides = longLeverage.isPresent() || shortLeverage.isPresent();
        if (isolated && !bothSides && posSide.isEmpty()) {
            throw BitgetError.parameterEmpty("posSide");
        }
        engine.setLeverage(request.book(), type, symbol, leverage, longLeverage.orElse(null), shortLeverage.orElse(null),
                posSide.orElse(null));
        return TextNode.valueOf("success");
    }

    /** Account-wide: every futures product type, refused with {@code 25010} while any position or futures order is open. */
    private static JsonNode setHoldMode(ApiRequest request) {
        Params params = request.params();
        HOLD_MODE_FIELDS.check(params);
        PositionMode mode = params.requiredEnum("holdMode", PositionMode.class);
        TradingBook book = request.book();
        if (book.futures.values().stream().anyMatch(account -> account.hasPositionsOrOrders(null))) {
            throw new BitgetError("25010", "Unsupported position mode switch, positions or orders exist");
        }
        book.futures.values().forEach(account -> account.positionMode = mode);
        return TextNode.valueOf("success");
    }
}
