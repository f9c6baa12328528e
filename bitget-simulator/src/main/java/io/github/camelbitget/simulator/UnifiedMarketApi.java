package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Public v3 market data (bitget-v3-uta.md §4): tickers, candles, order book and instruments, one set of paths
 * for spot and futures selected by {@code category}. Same prices, candles and books as the v2 endpoints.
 */
final class UnifiedMarketApi {

    /** v3 candles have no weekly, monthly or {@code utc} intervals (§4.2). */
    private static final Set<Granularity> INTERVALS = Set.of(Granularity.MINUTE_1, Granularity.MINUTE_3,
            Granularity.MINUTE_5, Granularity.MINUTE_15, Granularity.MINUTE_30, Granularity.HOUR_1, Granularity.HOUR_4,
            Granularity.HOUR_6, Granularity.HOUR_12, Granularity.DAY_1);
    private static final int MAX_CANDLES = 1000;
    private static final int DEFAULT_BOOK_LEVELS = 5;
    private static final int MAX_BOOK_LEVELS = 200;
    private static final UnifiedFields TICKER_FIELDS = UnifiedFields.of("category", "symbol");
    private static final UnifiedFields CANDLE_FIELDS = UnifiedFields.of("category", "symbol", "interval", "startTime",
            "endTime", "type", "limit");
    private static final UnifiedFields BOOK_FIELDS = UnifiedFields.of("category", "symbol", "limit");

    private UnifiedMarketApi() {
    }

    static void register(Routes routes) {
        routes.publicGet("/api/v3/market/tickers", 20, UnifiedMarketApi::tickers)
                .publicGet("/api/v3/market/candles", 20, UnifiedMarketApi::candles)
                .publicGet("/api/v3/market/orderbook", 20, UnifiedMarketApi::orderBook)
                .publicGet("/api/v3/market/instruments", 20, UnifiedMarketApi::instruments);
    }

    /** A symbol of a category: its tick and the size unit of its synthetic book. */
    private record Listing(String symbol, BigDecimal tick, BigDecimal sizeUnit) {
    }

    private static Listing listing(ApiRequest request, UnifiedCategory category, String symbol) {
        Instruments instruments = request.exchange().instruments();
        return UnifiedErrors.translate(category.isSpot(), () -> {
            if (category.isSpot()) {
                SpotSymbol spot = instruments.requireSpotSymbol(symbol);
                return new Listing(symbol, spot.tick(), MarketApi.spotSizeUnit(spot));
            }
            FuturesContract contract = instruments.requireContract(category.productType(), symbol);
            return new Listing(symbol, contract.tick(), MarketApi.futuresSizeUnit(contract));
        });
    }

    private static List<String> symbols(ApiRequest request, UnifiedCategory category) {
        Instruments instruments = request.exchange().instruments();
        return category.isSpot() ? instruments.spotSymbols().stream().map(SpotSymbol::symbol).toList()
                : instruments.contracts(category.productType()).stream().map(FuturesContract::symbol).toList();
    }

    // ---------------------------------------------------------------- tickers

    /** An array, also for one symbol; futures add index, mark, funding and open interest (perpetuals: no delivery). */
    private static JsonNode tickers(ApiRequest request) {
        Params params = request.params();
        TICKER_FIELDS.check(params);
        UnifiedCategory category = UnifiedCategory.required(params);
        List<String> symbols = params.optionalSymbol().map(List::of).orElseGet(() -> symbols(request, category));
        ArrayNode data = Json.array();
        for (String symbol : symbols) {
            Listing listing = listing(request, category, symbol);
            MarketData market = request.exchange().marketData();
            BigDecimal last = market.price(symbol);
            TickerStats stats = market.stats(symbol, request.now());
            OrderBook top = market.book(symbol, listing.tick(), listing.tick(), listing.sizeUnit(), 1);
            ObjectNode ticker = data.addObject()
                    .put("category", category.wire())
                    .put("symbol", symbol)
                    .put("ts", Long.toString(request.now()))
                    .put("lastPrice", Json.text(last))
                    .put("openPrice24h", Json.text(stats.open24h()))
                    .put("highPrice24h", Json.text(stats.high24h()))
                    .put("lowPrice24h", Json.text(stats.low24h()))
                    .put("ask1Price", Json.text(top.asks().get(0).price()))
                    .put("bid1Price", Json.text(top.bids().get(0).price()))
                    .put("bid1Size", Json.text(top.bids().get(0).size()))
                    .put("ask1Size", Json.text(top.asks().get(0).size()))
                    .put("price24hPcnt", Json.text(stats.change24h(last)))
                    .put("volume24h", Json.text(stats.baseVolume()))
                    .put("turnover24h", Json.text(Decimals.derived(stats.quoteVolume())));
            if (!category.isSpot()) {
                ticker.put("indexPrice", Json.text(last))
                        .put("markPrice", Json.text(last))
                        .put("fundingRate", "0.0001")
                        .put("openInterest", Json.text(Decimals.derived(stats.baseVolume().divide(BigDecimal.valueOf(2)))))
                        .put("deliveryStartTime", "")
                        .put("deliveryTime", "")
                        .put("deliveryStatus", "");
            }
        }
        return data;
    }

    // ---------------------------------------------------------------- candles and book

    /**
     * Rows of 7 strings {@code [ts, open, high, low, close, volume, turnover]}, oldest first. The simulator has one
     * price per symbol, so every {@code type} gives the same candles.
     */
    private static JsonNode candles(ApiRequest request) {
        Params params = request.params();
        CANDLE_FIELDS.check(params);
        UnifiedCategory category = UnifiedCategory.required(params);
        String symbol = params.requiredSymbol();
        listing(request, category, symbol);
        Granularity interval = Granularity.ofFutures(params.required("interval")).filter(INTERVALS::contains)
                .orElseThrow(() -> BitgetError.parameterError("interval"));
        params.optionalEnum("type", CandleType.class);
        Long startTime = params.optionalLong("startTime").orElse(null);
        Long endTime = params.optionalLong("endTime").orElse(null);
        if (startTime != null && endTime != null && startTime > endTime) {
            throw BitgetError.parameterError("startTime");
        }
        ArrayNode data = Json.array();
        for (Candle candle : request.exchange().marketData().candles(symbol, interval, startTime, endTime,
                params.limit(MAX_CANDLES, MAX_CANDLES), request.now())) {
            data.add(candle.ohlcv().add(Json.text(candle.quoteVolume())));
        }
        return data;
    }

    /** {@code a} asks ascending, {@code b} bids descending, levels as JSON numbers like Bitget's samples. */
    private static JsonNode orderBook(ApiRequest request) {
        Params params = request.params();
        BOOK_FIELDS.check(params);
        UnifiedCategory category = UnifiedCategory.required(params);
        Listing listing = listing(request, category, params.requiredSymbol());
        int levels = params.limit(DEFAULT_BOOK_LEVELS, MAX_BOOK_LEVELS);
        OrderBook book = request.exchange().marketData().book(listing.symbol(), listing.tick(), listing.tick(),
                listing.sizeUnit(), levels);
        ObjectNode data = Json.object();
        data.set("a", levels(book.asks()));
        data.set("b", levels(book.bids()));
        return data.put("ts", Long.toString(request.now()));
    }

    private static ArrayNode levels(List<OrderBook.Level> levels) {
        ArrayNode array = Json.array();
        levels.forEach(level -> array.addArray().add(Json.number(level.price())).add(Json.number(level.size())));
        return array;
    }

    // ---------------------------------------------------------------- instruments

    /** Fields that do not apply to the category (spot quote precision on futures, order quantities on spot) are empty. */
    private static JsonNode instruments(ApiRequest request) {
        Params params = request.params();
        TICKER_FIELDS.check(params);
        UnifiedCategory category = UnifiedCategory.required(params);
        Optional<String> symbol = params.optionalSymbol();
        symbol.ifPresent(s -> listing(request, category, s));
        Instruments instruments = request.exchange().instruments();
        ArrayNode data = Json.array();
        if (category.isSpot()) {
            instruments.spotSymbols().stream().filter(s -> symbol.map(s.symbol()::equals).orElse(true))
                    .forEach(spot -> data.add(common(category, spot.symbol(), spot.baseCoin(), spot.quoteCoin(),
                            spot.makerFeeRate(), spot.takerFeeRate())
                            .put("minOrderQty", "")
                            .put("maxOrderQty", "")
                            .put("maxMarketOrderQty", "")
                            .put("pricePrecision", Integer.toString(spot.pricePrecision()))
                            .put("quantityPrecision", Integer.toString(spot.quantityPrecision()))
                            .put("quotePrecision", Integer.toString(spot.quotePrecision()))
                            .put("priceMultiplier", Json.text(spot.tick()))
                            .put("quantityMultiplier", Json.text(Decimals.unit(spot.quantityPrecision())))
                            .put("minOrderAmount", Json.text(spot.minTradeUSDT()))
                            .put("type", "")
                            .put("fundInterval", "")
                            .put("minLeverage", "")
                            .put("maxLeverage", "")
                            .put("areaSymbol", "no")));
            return data;
        }
        instruments.contracts(category.productType()).stream().filter(c -> symbol.map(c.symbol()::equals).orElse(true))
                .forEach(contract -> data.add(common(category, contract.symbol(), contract.baseCoin(), contract.quoteCoin(),
                        contract.makerFeeRate(), contract.takerFeeRate())
                        .put("minOrderQty", Json.text(contract.minTradeNum()))
                        .put("maxOrderQty", Json.text(contract.maxOrderQty()))
                        .put("maxMarketOrderQty", Json.text(contract.maxMarketOrderQty()))
                        .put("pricePrecision", Integer.toString(contract.pricePlace()))
                        .put("quantityPrecision", Integer.toString(contract.volumePlace()))
                        .put("quotePrecision", "")
                        .put("priceMultiplier", Json.text(contract.tick()))
                        .put("quantityMultiplier", Json.text(contract.sizeMultiplier()))
                        .put("minOrderAmount", Json.text(contract.minTradeUSDT()))
                        .put("type", "perpetual")
                        .put("fundInterval", "8")
                        .put("minLeverage", Integer.toString(contract.minLever()))
                        .put("maxLeverage", Integer.toString(contract.maxLever()))));
        return data;
    }

    private static ObjectNode common(UnifiedCategory category, String symbol, String baseCoin, String quoteCoin,
                                     BigDecimal makerFeeRate, BigDecimal takerFeeRate) {
        return Json.object()
                .put("symbol", symbol)
                .put("category", category.wire())
                .put("baseCoin", baseCoin)
                .put("quoteCoin", quoteCoin)
                .put("buyLimitPriceRatio", "0.05")
                .put("sellLimitPriceRatio", "0.05")
                .put("makerFeeRate", Json.text(makerFeeRate))
                .put("takerFeeRate", Json.text(takerFeeRate))
                .put("status", "online")
                .put("isRwa", "NO");
    }

    /** Candle price source; the simulator has one price per symbol. */
    private enum CandleType implements Wire {
        MARKET, MARK, INDEX, PREMIUM;

        @Override
        public String wire() {
            return name();
        }
    }
}
