package io.github.camelbitget.api;

import java.util.Locale;

/**
 * A Bitget request parameter. Its name is Bitget's field name, the endpoint option name and, prefixed with
 * {@code CamelBitget}, the header that sets it per message.
 */
public enum Param {
    SYMBOL("symbol", ValueTypes.SYMBOL),
    PRODUCT_TYPE("productType", ValueTypes.oneOf(ProductTypes.USDT_FUTURES, ProductTypes.USDC_FUTURES,
            ProductTypes.COIN_FUTURES)),
    MARGIN_COIN("marginCoin", ValueTypes.COIN),
    COIN("coin", ValueTypes.COIN),
    GRANULARITY("granularity", Granularity.INSTANCE),
    LIMIT("limit", ValueTypes.integer(1, 1000)),
    START_TIME("startTime", ValueTypes.EPOCH_MILLIS),
    END_TIME("endTime", ValueTypes.EPOCH_MILLIS),
    ID_LESS_THAN("idLessThan", ValueTypes.ID),
    SIDE("side", ValueTypes.oneOf("buy", "sell")),
    SIZE("size", ValueTypes.POSITIVE_DECIMAL),
    ORDER_TYPE("orderType", ValueTypes.oneOf("market", "limit")),
    PRICE("price", ValueTypes.POSITIVE_DECIMAL),
    TRADE_SIDE("tradeSide", ValueTypes.oneOf("open", "close")),
    MARGIN_MODE("marginMode", ValueTypes.oneOf("isolated", "crossed")),
    REDUCE_ONLY("reduceOnly", ValueTypes.YES_NO),
    FORCE("force", ValueTypes.oneOf("gtc", "ioc", "fok", "post_only")),
    CLIENT_OID("clientOid", ValueTypes.CLIENT_OID),
    ORDER_ID("orderId", ValueTypes.ID),
    HOLD_SIDE("holdSide", ValueTypes.oneOf("long", "short")),
    LEVERAGE("leverage", ValueTypes.integer(1, 500)),
    POS_MODE("posMode", ValueTypes.oneOf("one_way_mode", "hedge_mode")),
    NEW_CLIENT_OID("newClientOid", ValueTypes.CLIENT_OID),
    NEW_SIZE("newSize", ValueTypes.POSITIVE_DECIMAL),
    NEW_PRICE("newPrice", ValueTypes.POSITIVE_DECIMAL),
    NEW_PRESET_STOP_SURPLUS_PRICE("newPresetStopSurplusPrice", ValueTypes.NON_NEGATIVE_DECIMAL),
    NEW_PRESET_STOP_LOSS_PRICE("newPresetStopLossPrice", ValueTypes.NON_NEGATIVE_DECIMAL),
    PRESET_STOP_SURPLUS_PRICE("presetStopSurplusPrice", ValueTypes.POSITIVE_DECIMAL),
    PRESET_STOP_LOSS_PRICE("presetStopLossPrice", ValueTypes.POSITIVE_DECIMAL),
    ORDER_LIST("orderList", OrderList.INSTANCE),
    COUNTDOWN("countdown", ValueTypes.COUNTDOWN_SECONDS);

    private static final String HEADER_PREFIX = "CamelBitget";

    private final String optionName;
    private final String headerName;
    private final ValueType type;

    Param(String optionName, ValueType type) {
        this.optionName = optionName;
        this.headerName = HEADER_PREFIX + optionName.substring(0, 1).toUpperCase(Locale.ROOT) + optionName.substring(1);
        this.type = type;
    }

    /** Bitget's field name, which is also the endpoint option name. */
    public String optionName() {
        return optionName;
    }

    /** The header that sets this parameter per message, e.g. {@code CamelBitgetSymbol}. */
    public String headerName() {
        return headerName;
    }

    ValueType type() {
        return type;
    }

    /** The accepted values, for messages and documentation. */
    public String accepted() {
        return type.accepted();
    }

    public static Param fromOptionName(String name) {
        for (Param param : values()) {
            if (param.optionName.equals(name)) {
                return param;
            }
        }
        return null;
    }
}
