package io.github.camelbitget.api;

import static io.github.camelbitget.api.ParamSpec.defaulted;
import static io.github.camelbitget.api.ParamSpec.optional;
import static io.github.camelbitget.api.ParamSpec.required;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.AccountSettings;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.Contract;
import io.github.camelbitget.model.CountdownResult;
import io.github.camelbitget.model.FillPage;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesFill;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.LeverageResult;
import io.github.camelbitget.model.MarginModeResult;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderPage;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.PositionModeResult;
import io.github.camelbitget.model.ServerTime;
import io.github.camelbitget.model.SpotAsset;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotOrder;
import io.github.camelbitget.model.SpotSymbol;
import io.github.camelbitget.model.SpotTicker;
import io.github.camelbitget.unified.UnifiedRequests;
import io.github.camelbitget.unified.UnifiedResults;
import io.github.camelbitget.unified.UtaAssets;
import io.github.camelbitget.unified.UtaFill;
import io.github.camelbitget.unified.UtaItemResult;
import io.github.camelbitget.unified.UtaOrder;
import io.github.camelbitget.unified.UtaPage;
import io.github.camelbitget.unified.UtaPosition;

/**
 * Every Bitget operation of the component: the single place where an endpoint is declared with its market, name,
 * HTTP method, path, authentication, Bitget's rate limit, parameters with defaults, cross-parameter rules and result
 * type for classic accounts (v2 API), and its route for unified trading accounts (v3 API). The seed SDK's methods
 * come first; operations only unified accounts have come last.
 */
public enum Operation {
    FUTURES_TICKERS(Market.FUTURES, "tickers", "GET", "/api/v2/mix/market/tickers", false, RateLimit.perIp(20),
            ResultType.list(FuturesTicker.class),
            List.of(productType(), optional(Param.SYMBOL)),
            List.of(Rules.SINGLE_TICKER_PATH),
            UnifiedRoute.publicV2()),
    SPOT_TICKERS(Market.SPOT, "tickers", "GET", "/api/v2/spot/market/tickers", false, RateLimit.perIp(20),
            ResultType.list(SpotTicker.class),
            List.of(optional(Param.SYMBOL)),
            UnifiedRoute.publicV2()),
    FUTURES_CANDLES(Market.FUTURES, "candles", "GET", "/api/v2/mix/market/candles", false, RateLimit.perIp(20),
            ResultType.list(Candle.class),
            List.of(defaulted(Param.SYMBOL, "BTCUSDT"), productType(), defaulted(Param.GRANULARITY, "1H"),
                    defaulted(Param.LIMIT, "200"), optional(Param.START_TIME), optional(Param.END_TIME)),
            UnifiedRoute.publicV2()),
    SPOT_CANDLES(Market.SPOT, "candles", "GET", "/api/v2/spot/market/candles", false, RateLimit.perIp(20),
            ResultType.list(Candle.class),
            List.of(defaulted(Param.SYMBOL, "BTCUSDT"), defaulted(Param.GRANULARITY, "1h"),
                    defaulted(Param.LIMIT, "200"), optional(Param.START_TIME), optional(Param.END_TIME)),
            UnifiedRoute.publicV2()),
    FUTURES_ORDERBOOK(Market.FUTURES, "orderbook", "GET", "/api/v2/mix/market/merge-depth", false,
            RateLimit.perIp(20),
            ResultType.object(OrderBook.class),
            List.of(defaulted(Param.SYMBOL, "BTCUSDT"), productType(), defaulted(Param.LIMIT, "20")),
            List.of(Rules.MERGE_DEPTH_LIMIT),
            UnifiedRoute.publicV2()),
    FUTURES_ACCOUNTS(Market.FUTURES, "accounts", "GET", "/api/v2/mix/account/accounts", true, RateLimit.perUid(10),
            ResultType.list(FuturesAccount.class),
            List.of(productType()),
            UnifiedRoute.get("/api/v3/account/assets", RateLimit.perUid(20), UnifiedRequests::none,
                    ResultType.object(UtaAssets.class), UnifiedResults::futuresAccounts)),
    SPOT_ASSETS(Market.SPOT, "assets", "GET", "/api/v2/spot/account/assets", true, RateLimit.perUid(10),
            ResultType.list(SpotAsset.class),
            List.of(optional(Param.COIN)),
            UnifiedRoute.get("/api/v3/account/assets", RateLimit.perUid(20), UnifiedRequests::none,
                    ResultType.object(UtaAssets.class), UnifiedResults::spotAssets)),
    FUTURES_POSITIONS(Market.FUTURES, "positions", "GET", "/api/v2/mix/position/all-position", true,
            RateLimit.perUid(5),
            ResultType.list(Position.class),
            List.of(productType(), marginCoin(false)),
            List.of(Rules.DEFAULT_MARGIN_COIN),
            UnifiedRoute.get("/api/v3/position/current-position", RateLimit.perUid(20),
                    UnifiedRequests::positions, ResultType.pageOf(UtaPage.class, UtaPosition.class),
                    UnifiedResults::positions)),
    FUTURES_PENDING_ORDERS(Market.FUTURES, "pendingOrders", "GET", "/api/v2/mix/order/orders-pending", true,
            RateLimit.perUid(10),
            ResultType.page(OrderPage.class, FuturesOrder.class),
            List.of(productType(), optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.CLIENT_OID),
                    optional(Param.ID_LESS_THAN), optional(Param.START_TIME), optional(Param.END_TIME),
                    optional(Param.LIMIT).accepting(ValueTypes.integer(1, 100))),
            UnifiedRoute.get("/api/v3/trade/unfilled-orders", RateLimit.perUid(20), UnifiedRequests::orderQuery,
                    ResultType.pageOf(UtaPage.class, UtaOrder.class), UnifiedResults::futuresOrders)),
    FUTURES_ORDERS_HISTORY(Market.FUTURES, "ordersHistory", "GET", "/api/v2/mix/order/orders-history", true,
            RateLimit.perUid(10),
            ResultType.page(OrderPage.class, FuturesOrder.class),
            List.of(productType(), optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.CLIENT_OID),
                    optional(Param.ID_LESS_THAN), optional(Param.START_TIME), optional(Param.END_TIME),
                    defaulted(Param.LIMIT, "50").accepting(ValueTypes.integer(1, 100))),
            UnifiedRoute.get("/api/v3/trade/history-orders", RateLimit.perUid(20), UnifiedRequests::orderQuery,
                    ResultType.pageOf(UtaPage.class, UtaOrder.class), UnifiedResults::futuresOrders)),
    FUTURES_PLACE_ORDER(Market.FUTURES, "placeOrder", "POST", "/api/v2/mix/order/place-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), productType(), defaulted(Param.MARGIN_MODE, "isolated"),
                    marginCoin(true), required(Param.SIZE), optional(Param.PRICE), required(Param.SIDE),
                    optional(Param.TRADE_SIDE), defaulted(Param.ORDER_TYPE, "market"), defaulted(Param.FORCE, "gtc"),
                    clientOid(), optional(Param.REDUCE_ONLY),
                    optional(Param.PRESET_STOP_SURPLUS_PRICE), optional(Param.PRESET_STOP_LOSS_PRICE)),
            List.of(Rules.DEFAULT_MARGIN_COIN, Rules.PRICE_FOR_LIMIT, Rules.GENERATE_CLIENT_OID),
            UnifiedRoute.post("/api/v3/trade/place-order", RateLimit.perUid(10), UnifiedRequests::placeOrder,
                    ResultType.object(OrderResult.class), UnifiedResults::same)),
    FUTURES_CANCEL_ORDER(Market.FUTURES, "cancelOrder", "POST", "/api/v2/mix/order/cancel-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(false), optional(Param.ORDER_ID),
                    optional(Param.CLIENT_OID)),
            List.of(Rules.DEFAULT_MARGIN_COIN, Rules.ORDER_ID_OR_CLIENT_OID),
            UnifiedRoute.post("/api/v3/trade/cancel-order", RateLimit.perUid(10), UnifiedRequests::cancelOrder,
                    ResultType.object(OrderResult.class), UnifiedResults::same)),
    FUTURES_CLOSE_POSITION(Market.FUTURES, "closePosition", "POST", "/api/v2/mix/order/close-positions", true,
            RateLimit.perUid(1),
            ResultType.object(OrderBatchResult.class),
            List.of(required(Param.SYMBOL), productType(), optional(Param.HOLD_SIDE)),
            UnifiedRoute.post("/api/v3/trade/close-positions", RateLimit.perUid(5),
                    UnifiedRequests::closePositions, ResultType.pageOf(UtaPage.class, UtaItemResult.class),
                    UnifiedResults::orderOutcomes)),
    FUTURES_SET_LEVERAGE(Market.FUTURES, "setLeverage", "POST", "/api/v2/mix/account/set-leverage", true,
            RateLimit.perUid(5),
            ResultType.object(LeverageResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true), required(Param.LEVERAGE),
                    optional(Param.HOLD_SIDE)),
            List.of(Rules.DEFAULT_MARGIN_COIN),
            UnifiedRoute.post("/api/v3/account/set-leverage", RateLimit.perUid(10), UnifiedRequests::setLeverage,
                    ResultType.object(String.class), UnifiedResults::leverageSet)),
    SPOT_PLACE_ORDER(Market.SPOT, "placeOrder", "POST", "/api/v2/spot/trade/place-order", true, RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), required(Param.SIDE), defaulted(Param.ORDER_TYPE, "market"),
                    defaulted(Param.FORCE, "gtc"), optional(Param.PRICE), required(Param.SIZE), clientOid()),
            List.of(Rules.PRICE_FOR_LIMIT, Rules.GENERATE_CLIENT_OID),
            UnifiedRoute.post("/api/v3/trade/place-order", RateLimit.perUid(10), UnifiedRequests::placeOrder,
                    ResultType.object(OrderResult.class), UnifiedResults::same)),

    SERVER_TIME(null, "serverTime", "GET", "/api/v2/public/time", false, RateLimit.perIp(20),
            ResultType.object(ServerTime.class),
            List.of(),
            UnifiedRoute.publicV2()),
    FUTURES_CONTRACTS(Market.FUTURES, "contracts", "GET", "/api/v2/mix/market/contracts", false, RateLimit.perIp(20),
            ResultType.list(Contract.class),
            List.of(productType(), optional(Param.SYMBOL)),
            UnifiedRoute.publicV2()),
    SPOT_SYMBOLS(Market.SPOT, "symbols", "GET", "/api/v2/spot/public/symbols", false, RateLimit.perIp(20),
            ResultType.list(SpotSymbol.class),
            List.of(optional(Param.SYMBOL)),
            UnifiedRoute.publicV2()),
    FUTURES_ORDER_DETAIL(Market.FUTURES, "orderDetail", "GET", "/api/v2/mix/order/detail", true, RateLimit.perUid(10),
            ResultType.object(FuturesOrder.class),
            List.of(required(Param.SYMBOL), productType(), optional(Param.ORDER_ID), optional(Param.CLIENT_OID)),
            List.of(Rules.ORDER_ID_OR_CLIENT_OID),
            UnifiedRoute.get("/api/v3/trade/order-info", RateLimit.perUid(20), UnifiedRequests::orderName,
                    ResultType.object(UtaOrder.class), UnifiedResults::futuresOrderDetail)),
    FUTURES_MODIFY_ORDER(Market.FUTURES, "modifyOrder", "POST", "/api/v2/mix/order/modify-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true), optional(Param.ORDER_ID),
                    optional(Param.CLIENT_OID), ParamSpec.derived(Param.NEW_CLIENT_OID, false, "generated"),
                    optional(Param.NEW_SIZE),
                    optional(Param.NEW_PRICE), optional(Param.NEW_PRESET_STOP_SURPLUS_PRICE),
                    optional(Param.NEW_PRESET_STOP_LOSS_PRICE)),
            List.of(Rules.DEFAULT_MARGIN_COIN, Rules.ORDER_ID_OR_CLIENT_OID, Rules.MODIFICATION,
                    Rules.GENERATE_NEW_CLIENT_OID),
            UnifiedRoute.post("/api/v3/trade/modify-order", RateLimit.perUid(10), UnifiedRequests::modifyOrder,
                    ResultType.object(OrderResult.class), UnifiedResults::same)),
    FUTURES_BATCH_PLACE_ORDER(Market.FUTURES, "batchPlaceOrder", "POST", "/api/v2/mix/order/batch-place-order", true,
            RateLimit.perUid(5),
            ResultType.object(OrderBatchResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true),
                    defaulted(Param.MARGIN_MODE, "isolated"), required(Param.ORDER_LIST)),
            List.of(Rules.DEFAULT_MARGIN_COIN),
            UnifiedRoute.post("/api/v3/trade/place-batch", RateLimit.perUid(5),
                    UnifiedRequests::batchPlaceOrder, ResultType.list(UtaItemResult.class),
                    UnifiedResults::orderOutcomes)),
    FUTURES_FILLS(Market.FUTURES, "fills", "GET", "/api/v2/mix/order/fills", true, RateLimit.perUid(10),
            ResultType.page(FillPage.class, FuturesFill.class),
            List.of(productType(), optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.ID_LESS_THAN),
                    optional(Param.START_TIME), optional(Param.END_TIME),
                    optional(Param.LIMIT).accepting(ValueTypes.integer(1, 100))),
            UnifiedRoute.get("/api/v3/trade/fills", RateLimit.perUid(20), UnifiedRequests::fillQuery,
                    ResultType.pageOf(UtaPage.class, UtaFill.class), UnifiedResults::futuresFills)),
    FUTURES_SET_MARGIN_MODE(Market.FUTURES, "setMarginMode", "POST", "/api/v2/mix/account/set-margin-mode", true,
            RateLimit.perUid(5),
            ResultType.object(MarginModeResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true), required(Param.MARGIN_MODE)),
            List.of(Rules.DEFAULT_MARGIN_COIN),
            UnifiedRoute.unsupported("margin mode is a setting of the whole unified account (multi-assets mode is"
                    + " cross margin only); change it in Bitget's account settings")),
    FUTURES_SET_POSITION_MODE(Market.FUTURES, "setPositionMode", "POST", "/api/v2/mix/account/set-position-mode",
            true, RateLimit.perUid(5),
            ResultType.object(PositionModeResult.class),
            List.of(productType(), required(Param.POS_MODE)),
            UnifiedRoute.post("/api/v3/account/set-hold-mode", RateLimit.perUid(10),
                    UnifiedRequests::setHoldMode, ResultType.object(String.class), UnifiedResults::holdModeSet)),
    SPOT_CANCEL_ORDER(Market.SPOT, "cancelOrder", "POST", "/api/v2/spot/trade/cancel-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.CLIENT_OID)),
            List.of(Rules.ORDER_ID_OR_CLIENT_OID),
            UnifiedRoute.post("/api/v3/trade/cancel-order", RateLimit.perUid(10), UnifiedRequests::cancelOrder,
                    ResultType.object(OrderResult.class), UnifiedResults::same)),
    SPOT_OPEN_ORDERS(Market.SPOT, "openOrders", "GET", "/api/v2/spot/trade/unfilled-orders", true,
            RateLimit.perUid(20),
            ResultType.list(SpotOrder.class),
            spotOrderQuery(),
            UnifiedRoute.get("/api/v3/trade/unfilled-orders", RateLimit.perUid(20), UnifiedRequests::orderQuery,
                    ResultType.pageOf(UtaPage.class, UtaOrder.class), UnifiedResults::spotOrders)),
    SPOT_ORDERS_HISTORY(Market.SPOT, "ordersHistory", "GET", "/api/v2/spot/trade/history-orders", true,
            RateLimit.perUid(20),
            ResultType.list(SpotOrder.class),
            spotOrderQuery(),
            UnifiedRoute.get("/api/v3/trade/history-orders", RateLimit.perUid(20), UnifiedRequests::orderQuery,
                    ResultType.pageOf(UtaPage.class, UtaOrder.class), UnifiedResults::spotOrders)),
    SPOT_ORDER_DETAIL(Market.SPOT, "orderDetail", "GET", "/api/v2/spot/trade/orderInfo", true, RateLimit.perUid(20),
            ResultType.list(SpotOrder.class),
            List.of(optional(Param.ORDER_ID), optional(Param.CLIENT_OID)),
            List.of(Rules.ORDER_ID_OR_CLIENT_OID),
            UnifiedRoute.get("/api/v3/trade/order-info", RateLimit.perUid(20), UnifiedRequests::orderName,
                    ResultType.object(UtaOrder.class), UnifiedResults::spotOrderDetail)),
    SPOT_FILLS(Market.SPOT, "fills", "GET", "/api/v2/spot/trade/fills", true, RateLimit.perUid(10),
            ResultType.list(SpotFill.class),
            spotOrderQuery(),
            UnifiedRoute.get("/api/v3/trade/fills", RateLimit.perUid(20), UnifiedRequests::fillQuery,
                    ResultType.pageOf(UtaPage.class, UtaFill.class), UnifiedResults::spotFills)),

    ACCOUNT_SETTINGS(null, "accountSettings", null, null, true, RateLimit.perUid(20),
            ResultType.object(AccountSettings.class),
            List.of(),
            UnifiedRoute.get("/api/v3/account/settings", RateLimit.perUid(20), UnifiedRequests::none,
                    ResultType.object(AccountSettings.class), UnifiedResults::same)),
    COUNTDOWN_CANCEL_ALL(null, "countdownCancelAll", null, null, true, RateLimit.perUid(1),
            ResultType.object(CountdownResult.class),
            List.of(required(Param.COUNTDOWN)),
            UnifiedRoute.post("/api/v3/trade/countdown-cancel-all", RateLimit.perUid(1), UnifiedRequests::countdown,
                    ResultType.object(String.class), UnifiedResults::countdownSet));

    private final Market market;
    private final String operationName;
    private final String method;
    private final String path;
    private final boolean requiresAuth;
    private final RateLimit rateLimit;
    private final ResultType resultType;
    private final List<ParamSpec> params;
    private final List<RequestRule> rules;
    private final UnifiedRoute unified;

    Operation(Market market, String operationName, String method, String path, boolean requiresAuth,
              RateLimit rateLimit, ResultType resultType, List<ParamSpec> params, UnifiedRoute unified) {
        this(market, operationName, method, path, requiresAuth, rateLimit, resultType, params, List.of(), unified);
    }

    Operation(Market market, String operationName, String method, String path, boolean requiresAuth,
              RateLimit rateLimit, ResultType resultType, List<ParamSpec> params, List<RequestRule> rules,
              UnifiedRoute unified) {
        this.market = market;
        this.operationName = operationName;
        this.method = method;
        this.path = path;
        this.requiresAuth = requiresAuth;
        this.rateLimit = rateLimit;
        this.resultType = resultType;
        this.params = params;
        this.rules = rules;
        this.unified = unified;
    }

    /** The margin coin defaults to the product type's (or the inverse symbol's base coin). */
    private static ParamSpec marginCoin(boolean required) {
        return ParamSpec.derived(Param.MARGIN_COIN, required, "from productType");
    }

    private static ParamSpec clientOid() {
        return ParamSpec.derived(Param.CLIENT_OID, false, "generated");
    }

    private static ParamSpec productType() {
        return defaulted(Param.PRODUCT_TYPE, ProductTypes.DEFAULT);
    }

    private static List<ParamSpec> spotOrderQuery() {
        return List.of(optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.ID_LESS_THAN),
                optional(Param.START_TIME), optional(Param.END_TIME),
                optional(Param.LIMIT).accepting(ValueTypes.integer(1, 100)));
    }

    /** The market, or null for an operation that belongs to both ({@code serverTime}). */
    public Market market() {
        return market;
    }

    /** The operation name of the URI, e.g. {@code placeOrder}. */
    public String operationName() {
        return operationName;
    }

    /** The v2 HTTP method, or null for an operation only unified accounts have. */
    public String method() {
        return method;
    }

    /**
     * Bitget's v2 path, or null for an operation only unified accounts have; {@code futures/tickers} uses
     * {@code /ticker} instead when a symbol is given.
     */
    public String path() {
        return path;
    }

    /** Whether classic accounts have the operation (on the v2 API). */
    public boolean hasClassicEndpoint() {
        return path != null;
    }

    /** How the operation is sent for a unified trading account (v3 API). */
    public UnifiedRoute unified() {
        return unified;
    }

    /** Whether the operation is signed with the API key (private) or public. */
    public boolean requiresAuth() {
        return requiresAuth;
    }

    public RateLimit rateLimit() {
        return rateLimit;
    }

    public ResultType resultType() {
        return resultType;
    }

    public List<ParamSpec> params() {
        return params;
    }

    List<RequestRule> rules() {
        return rules;
    }

    /** The spec of a parameter this operation takes, or null. */
    public ParamSpec spec(Param param) {
        return params.stream().filter(spec -> spec.param() == param).findFirst().orElse(null);
    }

    /**
     * The operation named in a URI or in the {@code CamelBitgetOperation} header: {@code placeOrder} (in the given
     * market) or {@code futures/placeOrder}.
     */
    public static Operation resolve(Market defaultMarket, String name) {
        String trimmed = name == null ? "" : name.trim();
        Market market = defaultMarket;
        String operationName = trimmed;
        int slash = trimmed.indexOf('/');
        if (slash >= 0) {
            market = Market.fromUri(trimmed.substring(0, slash));
            operationName = trimmed.substring(slash + 1);
        }
        for (Operation operation : values()) {
            if ((operation.market == null || operation.market == market)
                && operation.operationName.equalsIgnoreCase(operationName)) {
                return operation;
            }
        }
        throw new BitgetValidationException("operation", "Unknown operation '" + trimmed + "' for market " + market
                                                         + "; accepted: " + namesOf(market));
    }

    /** The operation names of a market, for messages and documentation. */
    public static String namesOf(Market market) {
        return Arrays.stream(values()).filter(operation -> operation.market == null || operation.market == market)
                .map(Operation::operationName).collect(Collectors.joining(", "));
    }

    /** {@code futures/placeOrder}; {@code serverTime} for the market-less operation. */
    @Override
    public String toString() {
        return market == null ? operationName : market + "/" + operationName;
    }
}
