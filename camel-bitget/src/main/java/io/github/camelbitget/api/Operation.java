package io.github.camelbitget.api;

import static io.github.camelbitget.api.ParamSpec.defaulted;
import static io.github.camelbitget.api.ParamSpec.optional;
import static io.github.camelbitget.api.ParamSpec.required;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.Contract;
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

/**
 * Every Bitget operation of the component: the single place where an endpoint is declared with its market, name,
 * HTTP method, path, authentication, Bitget's rate limit, parameters with defaults, cross-parameter rules and result
 * type. The seed SDK's methods come first.
 */
public enum Operation {
    FUTURES_TICKERS(Market.FUTURES, "tickers", "GET", "/api/v2/mix/market/tickers", false, RateLimit.perIp(20),
            ResultType.list(FuturesTicker.class),
            List.of(productType(), optional(Param.SYMBOL)),
            List.of(Rules.SINGLE_TICKER_PATH)),
    SPOT_TICKERS(Market.SPOT, "tickers", "GET", "/api/v2/spot/market/tickers", false, RateLimit.perIp(20),
            ResultType.list(SpotTicker.class),
            List.of(optional(Param.SYMBOL))),
    FUTURES_CANDLES(Market.FUTURES, "candles", "GET", "/api/v2/mix/market/candles", false, RateLimit.perIp(20),
            ResultType.list(Candle.class),
            List.of(defaulted(Param.SYMBOL, "BTCUSDT"), productType(), defaulted(Param.GRANULARITY, "1H"),
                    defaulted(Param.LIMIT, "200"), optional(Param.START_TIME), optional(Param.END_TIME))),
    SPOT_CANDLES(Market.SPOT, "candles", "GET", "/api/v2/spot/market/candles", false, RateLimit.perIp(20),
            ResultType.list(Candle.class),
            List.of(defaulted(Param.SYMBOL, "BTCUSDT"), defaulted(Param.GRANULARITY, "1h"),
                    defaulted(Param.LIMIT, "200"), optional(Param.START_TIME), optional(Param.END_TIME))),
    FUTURES_ORDERBOOK(Market.FUTURES, "orderbook", "GET", "/api/v2/mix/market/merge-depth", false,
            RateLimit.perIp(20),
            ResultType.object(OrderBook.class),
            List.of(defaulted(Param.SYMBOL, "BTCUSDT"), productType(), defaulted(Param.LIMIT, "20")),
            List.of(Rules.MERGE_DEPTH_LIMIT)),
    FUTURES_ACCOUNTS(Market.FUTURES, "accounts", "GET", "/api/v2/mix/account/accounts", true, RateLimit.perUid(10),
            ResultType.list(FuturesAccount.class),
            List.of(productType())),
    SPOT_ASSETS(Market.SPOT, "assets", "GET", "/api/v2/spot/account/assets", true, RateLimit.perUid(10),
            ResultType.list(SpotAsset.class),
            List.of(optional(Param.COIN))),
    FUTURES_POSITIONS(Market.FUTURES, "positions", "GET", "/api/v2/mix/position/all-position", true,
            RateLimit.perUid(5),
            ResultType.list(Position.class),
            List.of(productType(), marginCoin(false)),
            List.of(Rules.DEFAULT_MARGIN_COIN)),
    FUTURES_PENDING_ORDERS(Market.FUTURES, "pendingOrders", "GET", "/api/v2/mix/order/orders-pending", true,
            RateLimit.perUid(10),
            ResultType.page(OrderPage.class, FuturesOrder.class),
            List.of(productType(), optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.CLIENT_OID),
                    optional(Param.ID_LESS_THAN), optional(Param.START_TIME), optional(Param.END_TIME),
                    optional(Param.LIMIT).accepting(ValueTypes.integer(1, 100)))),
    FUTURES_ORDERS_HISTORY(Market.FUTURES, "ordersHistory", "GET", "/api/v2/mix/order/orders-history", true,
            RateLimit.perUid(10),
            ResultType.page(OrderPage.class, FuturesOrder.class),
            List.of(productType(), optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.CLIENT_OID),
                    optional(Param.ID_LESS_THAN), optional(Param.START_TIME), optional(Param.END_TIME),
                    defaulted(Param.LIMIT, "50").accepting(ValueTypes.integer(1, 100)))),
    FUTURES_PLACE_ORDER(Market.FUTURES, "placeOrder", "POST", "/api/v2/mix/order/place-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), productType(), defaulted(Param.MARGIN_MODE, "isolated"),
                    marginCoin(true), required(Param.SIZE), optional(Param.PRICE), required(Param.SIDE),
                    optional(Param.TRADE_SIDE), defaulted(Param.ORDER_TYPE, "market"), defaulted(Param.FORCE, "gtc"),
                    clientOid(), optional(Param.REDUCE_ONLY),
                    optional(Param.PRESET_STOP_SURPLUS_PRICE), optional(Param.PRESET_STOP_LOSS_PRICE)),
            List.of(Rules.DEFAULT_MARGIN_COIN, Rules.PRICE_FOR_LIMIT, Rules.GENERATE_CLIENT_OID)),
    FUTURES_CANCEL_ORDER(Market.FUTURES, "cancelOrder", "POST", "/api/v2/mix/order/cancel-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(false), optional(Param.ORDER_ID),
                    optional(Param.CLIENT_OID)),
            List.of(Rules.DEFAULT_MARGIN_COIN, Rules.ORDER_ID_OR_CLIENT_OID)),
    FUTURES_CLOSE_POSITION(Market.FUTURES, "closePosition", "POST", "/api/v2/mix/order/close-positions", true,
            RateLimit.perUid(1),
            ResultType.object(OrderBatchResult.class),
            List.of(required(Param.SYMBOL), productType(), optional(Param.HOLD_SIDE))),
    FUTURES_SET_LEVERAGE(Market.FUTURES, "setLeverage", "POST", "/api/v2/mix/account/set-leverage", true,
            RateLimit.perUid(5),
            ResultType.object(LeverageResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true), required(Param.LEVERAGE),
                    optional(Param.HOLD_SIDE)),
            List.of(Rules.DEFAULT_MARGIN_COIN)),
    SPOT_PLACE_ORDER(Market.SPOT, "placeOrder", "POST", "/api/v2/spot/trade/place-order", true, RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), required(Param.SIDE), defaulted(Param.ORDER_TYPE, "market"),
                    defaulted(Param.FORCE, "gtc"), optional(Param.PRICE), required(Param.SIZE), clientOid()),
            List.of(Rules.PRICE_FOR_LIMIT, Rules.GENERATE_CLIENT_OID)),

    SERVER_TIME(null, "serverTime", "GET", "/api/v2/public/time", false, RateLimit.perIp(20),
            ResultType.object(ServerTime.class),
            List.of()),
    FUTURES_CONTRACTS(Market.FUTURES, "contracts", "GET", "/api/v2/mix/market/contracts", false, RateLimit.perIp(20),
            ResultType.list(Contract.class),
            List.of(productType(), optional(Param.SYMBOL))),
    SPOT_SYMBOLS(Market.SPOT, "symbols", "GET", "/api/v2/spot/public/symbols", false, RateLimit.perIp(20),
            ResultType.list(SpotSymbol.class),
            List.of(optional(Param.SYMBOL))),
    FUTURES_ORDER_DETAIL(Market.FUTURES, "orderDetail", "GET", "/api/v2/mix/order/detail", true, RateLimit.perUid(10),
            ResultType.object(FuturesOrder.class),
            List.of(required(Param.SYMBOL), productType(), optional(Param.ORDER_ID), optional(Param.CLIENT_OID)),
            List.of(Rules.ORDER_ID_OR_CLIENT_OID)),
    FUTURES_MODIFY_ORDER(Market.FUTURES, "modifyOrder", "POST", "/api/v2/mix/order/modify-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true), optional(Param.ORDER_ID),
                    optional(Param.CLIENT_OID), ParamSpec.derived(Param.NEW_CLIENT_OID, false, "generated"),
                    optional(Param.NEW_SIZE),
                    optional(Param.NEW_PRICE), optional(Param.NEW_PRESET_STOP_SURPLUS_PRICE),
                    optional(Param.NEW_PRESET_STOP_LOSS_PRICE)),
            List.of(Rules.DEFAULT_MARGIN_COIN, Rules.ORDER_ID_OR_CLIENT_OID, Rules.MODIFICATION,
                    Rules.GENERATE_NEW_CLIENT_OID)),
    FUTURES_BATCH_PLACE_ORDER(Market.FUTURES, "batchPlaceOrder", "POST", "/api/v2/mix/order/batch-place-order", true,
            RateLimit.perUid(5),
            ResultType.object(OrderBatchResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true),
                    defaulted(Param.MARGIN_MODE, "isolated"), required(Param.ORDER_LIST)),
            List.of(Rules.DEFAULT_MARGIN_COIN)),
    FUTURES_FILLS(Market.FUTURES, "fills", "GET", "/api/v2/mix/order/fills", true, RateLimit.perUid(10),
            ResultType.page(FillPage.class, FuturesFill.class),
            List.of(productType(), optional(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.ID_LESS_THAN),
                    optional(Param.START_TIME), optional(Param.END_TIME),
                    optional(Param.LIMIT).accepting(ValueTypes.integer(1, 100)))),
    FUTURES_SET_MARGIN_MODE(Market.FUTURES, "setMarginMode", "POST", "/api/v2/mix/account/set-margin-mode", true,
            RateLimit.perUid(5),
            ResultType.object(MarginModeResult.class),
            List.of(required(Param.SYMBOL), productType(), marginCoin(true), required(Param.MARGIN_MODE)),
            List.of(Rules.DEFAULT_MARGIN_COIN)),
    FUTURES_SET_POSITION_MODE(Market.FUTURES, "setPositionMode", "POST", "/api/v2/mix/account/set-position-mode",
            true, RateLimit.perUid(5),
            ResultType.object(PositionModeResult.class),
            List.of(productType(), required(Param.POS_MODE))),
    SPOT_CANCEL_ORDER(Market.SPOT, "cancelOrder", "POST", "/api/v2/spot/trade/cancel-order", true,
            RateLimit.perUid(10),
            ResultType.object(OrderResult.class),
            List.of(required(Param.SYMBOL), optional(Param.ORDER_ID), optional(Param.CLIENT_OID)),
            List.of(Rules.ORDER_ID_OR_CLIENT_OID)),
    SPOT_OPEN_ORDERS(Market.SPOT, "openOrders", "GET", "/api/v2/spot/trade/unfilled-orders", true,
            RateLimit.perUid(20),
            ResultType.list(SpotOrder.class),
            spotOrderQuery()),
    SPOT_ORDERS_HISTORY(Market.SPOT, "ordersHistory", "GET", "/api/v2/spot/trade/history-orders", true,
            RateLimit.perUid(20),
            ResultType.list(SpotOrder.class),
            spotOrderQuery()),
    SPOT_ORDER_DETAIL(Market.SPOT, "orderDetail", "GET", "/api/v2/spot/trade/orderInfo", true, RateLimit.perUid(20),
            ResultType.list(SpotOrder.class),
            List.of(optional(Param.ORDER_ID), optional(Param.CLIENT_OID)),
            List.of(Rules.ORDER_ID_OR_CLIENT_OID)),
    SPOT_FILLS(Market.SPOT, "fills", "GET", "/api/v2/spot/trade/fills", true, RateLimit.perUid(10),
            ResultType.list(SpotFill.class),
            spotOrderQuery());

    private final Market market;
    private final String operationName;
    private final String method;
    private final String path;
    private final boolean requiresAuth;
    private final RateLimit rateLimit;
    private final ResultType resultType;
    private final List<ParamSpec> params;
    private final List<RequestRule> rules;

    Operation(Market market, String operationName, String method, String path, boolean requiresAuth,
              RateLimit rateLimit, ResultType resultType, List<ParamSpec> params) {
        this(market, operationName, method, path, requiresAuth, rateLimit, resultType, params, List.of());
    }

    Operation(Market market, String operationName, String method, String path, boolean requiresAuth,
              RateLimit rateLimit, ResultType resultType, List<ParamSpec> params, List<RequestRule> rules) {
        this.market = market;
        this.operationName = operationName;
        this.method = method;
        this.path = path;
        this.requiresAuth = requiresAuth;
        this.rateLimit = rateLimit;
        this.resultType = resultType;
        this.params = params;
        this.rules = rules;
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

    public String method() {
        return method;
    }

    /** Bitget's path; {@code futures/tickers} uses {@code /ticker} instead when a symbol is given. */
    public String path() {
        return path;
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

    /** Whether the operation places, changes or cancels orders or positions. */
    public boolean isTrading() {
        return "POST".equals(method);
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
