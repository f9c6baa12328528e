package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Public endpoints: server time, instrument catalogs, tickers, candles and order books. */
final class MarketApi {

    /** Legacy demo-coin product types, delisted 2025-08: Bitget lists no contracts for them. */
    private static final Set<String> DELISTED_DEMO_PRODUCT_TYPES = Set.of("SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES");
    private static final int MERGE_DEPTH_DEFAULT_LEVELS = 100;
    private static final int MERGE_DEPTH_MAX_LEVELS = 150;
    private static final int SPOT_BOOK_MAX_LEVELS = 150;

    private MarketApi() {
    }

    static void register(Routes routes) {
        routes.publicGet("/api/v2/public/time", 20, MarketApi::serverTime)
                .publicGet("/api/v2/spot/public/symbols", 20, MarketApi::spotSymbols)
                .publicGet("/api/v2/spot/public/coins", 3, MarketApi::coins)
                .publicGet("/api/v2/margin/currencies", 10, MarketApi::marginCurrencies)
                .publicGet("/api/v2/mix/market/contracts", 20, MarketApi::contracts)
                .publicGet("/api/v2/mix/market/tickers", 20, MarketApi::futuresTickers)
                .publicGet("/api/v2/mix/market/ticker", 20, MarketApi::futuresTicker)
                .publicGet("/api/v2/spot/market/tickers", 20, MarketApi::spotTickers)
                .publicGet("/api/v2/mix/market/candles", 20, MarketApi::futuresCandles)
                .publicGet("/api/v2/spot/market/candles", 20, MarketApi::spotCandles)
                .publicGet("/api/v2/mix/market/merge-depth", 20, MarketApi::mergeDepth)
                .publicGet("/api/v2/spot/market/orderbook", 20, MarketApi::spotOrderBook);
    }

    private static JsonNode serverTime(ApiRequest request) {
        return Json.object().put("serverTime", Long.toString(request.now()));
    }

    // ---------------------------------------------------------------- catalogs

    private static JsonNode spotSymbols(ApiRequest request) {
        Instruments instruments = request.exchange().instruments();
        ArrayNode data = Json.array();
        for (SpotSymbol symbol : request.params().optionalSymbol()
                .map(s -> List.of(instruments.requireSpotSymbol(s))).orElseGet(() -> List.copyOf(instruments.spotSymbols()))) {
            data.addObject()
                    .put("symbol", symbol.symbol())
                    .put("baseCoin", symbol.baseCoin())
                    .put("quoteCoin", symbol.quoteCoin())
                    .put("minTradeAmount", "0")
                    .put("maxTradeAmount", "900000000000000000000")
                    .put("takerFeeRate", Json.text(symbol.takerFeeRate()))
                    .put("makerFeeRate", Json.text(symbol.makerFeeRate()))
                    .put("pricePrecision", Integer.toString(symbol.pricePrecision()))
                    .put("quantityPrecision", Integer.toString(symbol.quantityPrecision()))
                    .put("quotePrecision", Integer.toString(symbol.quotePrecision()))
                    .put("status", "online")
                    .put("minTradeUSDT", Json.text(symbol.minTradeUSDT()))
                    .put("buyLimitPriceRatio", "0.05")
                    .put("sellLimitPriceRatio", "0.05")
                    .put("areaSymbol", "no")
                    .put("orderQuantity", "200")
                    .put("openTime", "1532454360000")
                    .put("offTime", "");
        }
        return data;
    }

    private static JsonNode coins(ApiRequest request) {
        List<String> all = List.copyOf(request.exchange().instruments().coins());
        List<String> coins = request.params().optional("coin").map(c -> c.toUpperCase(Locale.ROOT)).map(c -> {
            if (!all.contains(c)) {
                throw BitgetError.doesNotExist(c);
            }
            return List.of(c);
        }).orElse(all);
        ArrayNode data = Json.array();
        for (String coin : coins) {
            ObjectNode item = data.addObject()
                    .put("coinId", Integer.toString(all.indexOf(coin) + 1))
                    .put("coin", coin)
                    .put("transfer", "true");
            item.putArray("chains").addObject()
                    .put("chain", coin)
                    .put("needTag", "false")
                    .put("withdrawable", "true")
                    .put("rechargeable", "true")
                    .put("withdrawFee", "0")
                    .put("extraWithdrawFee", "0")
                    .put("depositConfirm", "1")
                    .put("withdrawConfirm", "1")
                    .put("minDepositAmount", "0")
                    .put("minWithdrawAmount", "0")
                    .put("browserUrl", "")
                    .put("contractAddress", "")
                    .put("withdrawStep", "0")
                    .put("withdrawMinScale", "8")
                    .put("congestion", "normal");
        }
        return data;
    }

    private static JsonNode marginCurrencies(ApiRequest request) {
        ArrayNode data = Json.array();
        for (SpotSymbol symbol : request.exchange().instruments().spotSymbols()) {
            data.addObject()
                    .put("symbol", symbol.symbol())
                    .put("baseCoin", symbol.baseCoin())
                    .put("quoteCoin", symbol.quoteCoin())
                    .put("maxCrossedLeverage", "3")
                    .put("maxIsolatedLeverage", "10")
                    .put("warningRiskRatio", "0.8")
                    .put("liquidationRiskRatio", "1")
                    .put("minTradeAmount", "0")
                    .put("maxTradeAmount", "900000000000000000000")
                    .put("takerFeeRate", Json.text(symbol.takerFeeRate()))
                    .put("makerFeeRate", Json.text(symbol.makerFeeRate()))
                    .put("pricePrecision", Integer.toString(symbol.pricePrecision()))
                    .put("quantityPrecision", Integer.toString(symbol.quantityPrecision()))
                    .put("minTradeUSDT", Json.text(symbol.minTradeUSDT()))
                    .put("isBorrowable", true)
                    .put("userMinBorrow", "0.00000001")
                    .put("status", "1")
                    .put("isIsolatedBaseBorrowable", true)
                    .put("isIsolatedQuoteBorrowable", true)
                    .put("isCrossBorrowable", true);
        }
        return data;
    }

    private static JsonNode contracts(ApiRequest request) {
        String rawType = request.params().required("productType");
        if (DELISTED_DEMO_PRODUCT_TYPES.contains(rawType.toUpperCase(Locale.ROOT))) {
            return Json.array();
        }
        ProductType type = request.params().requiredEnum("productType", ProductType.class);
        Instruments instruments = request.exchange().instruments();
        List<FuturesContract> contracts = request.params().optionalSymbol()
                .map(s -> List.of(instruments.requireContract(type, s)))
                .orElseGet(() -> List.copyOf(instruments.contracts(type)));
        ArrayNode data = Json.array();
        for (FuturesContract contract : contracts) {
            ObjectNode item = data.addObject()
                    .put("symbol", contract.symbol())
                    .put("baseCoin", contract.baseCoin())
                    .put("quoteCoin", contract.quoteCoin())
                    .put("buyLimitPriceRatio", "0.05")
                    .put("sellLimitPriceRatio", "0.05")
                    .put("feeRateUpRatio", "0.1")
                    .put("makerFeeRate", Json.text(contract.makerFeeRate()))
                    .put("takerFeeRate", Json.text(contract.takerFeeRate()))
                    .put("openCostUpRatio", "0.1");
            item.putArray("supportMarginCoins").add(contract.marginCoin());
            item.put("minTradeNum", Json.text(contract.minTradeNum()))
                    .put("priceEndStep", Json.text(contract.priceEndStep()))
                    .put("volumePlace", Integer.toString(contract.volumePlace()))
                    .put("pricePlace", Integer.toString(contract.pricePlace()))
                    .put("sizeMultiplier", Json.text(contract.sizeMultiplier()))
                    .put("symbolType", "perpetual")
                    .put("minTradeUSDT", Json.text(contract.minTradeUSDT()))
                    .put("maxSymbolOrderNum", "999999")
                    .put("maxProductOrderNum", "999999")
                    .put("maxPositionNum", "150")
                    .put("symbolStatus", "normal")
                    .put("offTime", "-1")
                    .put("limitOpenTime", "-1")
                    .put("deliveryTime", "")
                    .put("deliveryStartTime", "")
                    .put("deliveryPeriod", "")
                    .put("launchTime", "")
                    .put("fundInterval", "8")
                    .put("minLever", Integer.toString(contract.minLever()))
                    .put("maxLever", Integer.toString(contract.maxLever()))
                    .put("posLimit", "0.05")
                    .put("maintainTime", "")
                    .put("maxMarketOrderQty", Json.text(contract.maxMarketOrderQty()))
                    .put("maxOrderQty", Json.text(contract.maxOrderQty()))
                    .put("isRwa", "NO");
        }
        return data;
    }

    // ---------------------------------------------------------------- tickers

    private static JsonNode futuresTickers(ApiRequest request) {
        ProductType type = request.params().requiredEnum("productType", ProductType.class);
        ArrayNode data = Json.array();
        request.exchange().instruments().contracts(type).forEach(contract -> data.add(futuresTicker(request, contract)));
        return data;
    }

    /** A single ticker still comes as an array with one element. */
    private static JsonNode futuresTicker(ApiRequest request) {
        String symbol = request.params().requiredSymbol();
        ProductType type = request.params().requiredEnum("productType", ProductType.class);
        return Json.array().add(futuresTicker(request, request.exchange().instruments().requireContract(type, symbol)));
    }

    private static ObjectNode futuresTicker(ApiRequest request, FuturesContract contract) {
        MarketData market = request.exchange().marketData();
        BigDecimal last = market.price(contract.symbol());
        TickerStats stats = market.stats(contract.symbol(), request.now());
        OrderBook top = market.book(contract.symbol(), contract.tick(), contract.tick(), futuresSizeUnit(contract), 1);
        ObjectNode ticker = Json.object()
                .put("symbol", contract.symbol())
                .put("lastPr", Json.text(last))
                .put("askPr", Json.text(top.asks().get(0).price()))
                .put("bidPr", Json.text(top.bids().get(0).price()))
                .put("bidSz", Json.text(top.bids().get(0).size()))
                .put("askSz", Json.text(top.asks().get(0).size()))
                .put("high24h", Json.text(stats.high24h()))
                .put("low24h", Json.text(stats.low24h()))
                .put("ts", Long.toString(request.now()))
                .put("change24h", Json.text(stats.change24h(last)))
                .put("baseVolume", Json.text(stats.baseVolume()))
                .put("quoteVolume", Json.text(Decimals.derived(stats.quoteVolume())))
                .put("usdtVolume", Json.text(Decimals.derived(stats.quoteVolume())))
                .put("openUtc", Json.text(stats.openUtc()))
                .put("changeUtc24h", Json.text(stats.changeUtc24h(last)))
                .put("indexPrice", Json.text(last))
                .put("fundingRate", "0.0001")
                .put("holdingAmount", Json.text(stats.baseVolume().divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP)));
        ticker.putNull("deliveryStartTime");
        ticker.putNull("deliveryTime");
        return ticker.put("deliveryStatus", "delivery_normal")
                .put("open24h", Json.text(stats.open24h()))
                .put("markPrice", Json.text(last));
    }

    private static JsonNode spotTickers(ApiRequest request) {
        Instruments instruments = request.exchange().instruments();
        List<SpotSymbol> symbols = request.params().optionalSymbol()
                .map(s -> List.of(instruments.requireSpotSymbol(s)))
                .orElseGet(() -> List.copyOf(instruments.spotSymbols()));
        MarketData market = request.exchange().marketData();
        ArrayNode data = Json.array();
        for (SpotSymbol symbol : symbols) {
            BigDecimal last = market.price(symbol.symbol());
            TickerStats stats = market.stats(symbol.symbol(), request.now());
            OrderBook top = market.book(symbol.symbol(), symbol.tick(), symbol.tick(), spotSizeUnit(symbol), 1);
            data.addObject()
                    .put("symbol", symbol.symbol())
                    .put("high24h", Json.text(stats.high24h()))
                    .put("open", Json.text(stats.open24h()))
                    .put("lastPr", Json.text(last))
                    .put("low24h", Json.text(stats.low24h()))
                    .put("quoteVolume", Json.text(Decimals.derived(stats.quoteVolume())))
                    .put("baseVolume", Json.text(stats.baseVolume()))
                    .put("usdtVolume", Json.text(Decimals.derived(stats.quoteVolume())))
                    .put("bidPr", Json.text(top.bids().get(0).price()))
                    .put("askPr", Json.text(top.asks().get(0).price()))
                    .put("bidSz", Json.text(top.bids().get(0).size()))
                    .put("askSz", Json.text(top.asks().get(0).size()))
                    .put("openUtc", Json.text(stats.openUtc()))
                    .put("ts", Long.toString(request.now()))
                    .put("changeUtc24h", Json.text(stats.changeUtc24h(last)))
                    .put("change24h", Json.text(stats.change24h(last)));
        }
        return data;
    }

    // ---------------------------------------------------------------- candles

    private static JsonNode futuresCandles(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        request.exchange().instruments().requireContract(type, symbol);
        Granularity granularity = Granularity.ofFutures(params.required("granularity"))
                .orElseThrow(() -> BitgetError.parameterError("granularity"));
        params.optionalEnum("kLineType", KLineType.class);
        ArrayNode data = Json.array();
        for (Candle candle : candles(request, symbol, granularity)) {
            data.add(candle.ohlcv().add(Json.text(candle.quoteVolume())));
        }
        return data;
    }

    private static JsonNode spotCandles(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        request.exchange().instruments().requireSpotSymbol(symbol);
        Granularity granularity = Granularity.ofSpot(params.required("granularity"))
                .orElseThrow(() -> BitgetError.parameterError("granularity"));
        ArrayNode data = Json.array();
        for (Candle candle : candles(request, symbol, granularity)) {
            String quoteVolume = Json.text(candle.quoteVolume());
            data.add(candle.ohlcv().add(quoteVolume).add(quoteVolume));
        }
        return data;
    }

    private static List<Candle> candles(ApiRequest request, String symbol, Granularity granularity) {
        Params params = request.params();
        Long startTime = params.optionalLong("startTime").orElse(null);
        Long endTime = params.optionalLong("endTime").orElse(null);
        if (startTime != null && endTime != null && startTime > endTime) {
            throw new BitgetError("40707", "Start time is greater than end time");
        }
        int limit = params.limit(100, 1000);
        return request.exchange().marketData().candles(symbol, granularity, startTime, endTime, limit, request.now());
    }

    // ---------------------------------------------------------------- order books

    /** Levels are JSON numbers here, as in Bitget's own sample ({@code [26347.5,0.25]}). */
    private static JsonNode mergeDepth(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        FuturesContract contract = request.exchange().instruments().requireContract(type, symbol);
        String precision = params.optional("precision").orElse("scale0");
        int scale = switch (precision.toLowerCase(Locale.ROOT)) {
            case "scale0" -> 0;
            case "scale1" -> 1;
            case "scale2" -> 2;
            case "scale3" -> 3;
            default -> throw BitgetError.parameterError("precision");
        };
        int levels = params.optional("limit").map(limit -> switch (limit.toLowerCase(Locale.ROOT)) {
            case "1", "5", "15", "50" -> Integer.parseInt(limit);
            case "max" -> MERGE_DEPTH_MAX_LEVELS;
            default -> throw BitgetError.parameterError("limit");
        }).orElse(MERGE_DEPTH_DEFAULT_LEVELS);
        BigDecimal step = contract.tick().scaleByPowerOfTen(scale);
        OrderBook book = request.exchange().marketData().book(symbol, contract.tick(), step, futuresSizeUnit(contract), levels);
        ObjectNode data = Json.object();
        data.set("asks", levels(book.asks(), true));
        data.set("bids", levels(book.bids(), true));
        return data.put("ts", Long.toString(request.now()))
                .put("scale", Decimals.plain(step))
                .put("precision", precision)
                .put("isMaxPrecision", scale == 3 ? "YES" : "NO");
    }

    private static JsonNode spotOrderBook(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        SpotSymbol spot = request.exchange().instruments().requireSpotSymbol(symbol);
        String type = params.optional("type").orElse("step0").toLowerCase(Locale.ROOT);
        if (!type.matches("step[0-5]")) {
            throw BitgetError.parameterError("type");
        }
        BigDecimal step = spot.tick().scaleByPowerOfTen(type.charAt(4) - '0');
        int levels = params.limit(SPOT_BOOK_MAX_LEVELS, SPOT_BOOK_MAX_LEVELS);
        OrderBook book = request.exchange().marketData().book(symbol, spot.tick(), step, spotSizeUnit(spot), levels);
        ObjectNode data = Json.object();
        data.set("asks", levels(book.asks(), false));
        data.set("bids", levels(book.bids(), false));
        return data.put("ts", Long.toString(request.now()));
    }

    private static ArrayNode levels(List<OrderBook.Level> levels, boolean asNumbers) {
        ArrayNode array = Json.array();
        for (OrderBook.Level level : levels) {
            ArrayNode pair = array.addArray();
            if (asNumbers) {
                pair.add(Json.number(level.price())).add(Json.number(level.size()));
            } else {
                pair.add(Json.text(level.price())).add(Json.text(level.size()));
            }
        }
        return array;
    }

    static BigDecimal futuresSizeUnit(FuturesContract contract) {
        return contract.minTradeNum().multiply(BigDecimal.TEN);
    }

    static BigDecimal spotSizeUnit(SpotSymbol symbol) {
        return Decimals.unit(Math.max(0, symbol.quantityPrecision() - 2));
    }

    /** Candle price source; the simulator has one price per symbol, so all three give the same candles. */
    private enum KLineType implements Wire {
        MARKET, MARK, INDEX;

        @Override
        public String wire() {
            return name();
        }
    }
}
