package io.github.camelbitget;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the Bitget component. Every request option has a {@code CamelBitget<Option>} header that sets
 * it for one message (body values win over headers, headers over endpoint options, endpoint options over component
 * options). Credentials and connection settings have no header.
 */
public final class BitgetConstants {

    @Metadata(label = "producer", javaType = "String",
              description = "Operation to call instead of the endpoint's: placeOrder (same market) or futures/placeOrder.")
    public static final String OPERATION = "CamelBitgetOperation";
    @Metadata(label = "producer", javaType = "String", enums = "live,demo",
              description = "Per-message value of option mode: live or demo trading.")
    public static final String MODE = "CamelBitgetMode";

    @Metadata(javaType = "String",
              description = "Per-message value of option symbol. Set by the consumers to the polled or streamed item's symbol.")
    public static final String SYMBOL = "CamelBitgetSymbol";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option productType.")
    public static final String PRODUCT_TYPE = "CamelBitgetProductType";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option marginCoin.")
    public static final String MARGIN_COIN = "CamelBitgetMarginCoin";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option coin.")
    public static final String COIN = "CamelBitgetCoin";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option granularity.")
    public static final String GRANULARITY = "CamelBitgetGranularity";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option limit.")
    public static final String LIMIT = "CamelBitgetLimit";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option startTime.")
    public static final String START_TIME = "CamelBitgetStartTime";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option endTime.")
    public static final String END_TIME = "CamelBitgetEndTime";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option idLessThan.")
    public static final String ID_LESS_THAN = "CamelBitgetIdLessThan";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option side.")
    public static final String SIDE = "CamelBitgetSide";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option size.")
    public static final String SIZE = "CamelBitgetSize";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option orderType.")
    public static final String ORDER_TYPE = "CamelBitgetOrderType";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option price.")
    public static final String PRICE = "CamelBitgetPrice";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option tradeSide.")
    public static final String TRADE_SIDE = "CamelBitgetTradeSide";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option marginMode.")
    public static final String MARGIN_MODE = "CamelBitgetMarginMode";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option reduceOnly.")
    public static final String REDUCE_ONLY = "CamelBitgetReduceOnly";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option force.")
    public static final String FORCE = "CamelBitgetForce";
    @Metadata(javaType = "String",
              description = "Per-message value of option holdSide. Set by the position consumer to the position's side.")
    public static final String HOLD_SIDE = "CamelBitgetHoldSide";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option leverage.")
    public static final String LEVERAGE = "CamelBitgetLeverage";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option posMode.")
    public static final String POS_MODE = "CamelBitgetPosMode";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option newClientOid.")
    public static final String NEW_CLIENT_OID = "CamelBitgetNewClientOid";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option newSize.")
    public static final String NEW_SIZE = "CamelBitgetNewSize";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option newPrice.")
    public static final String NEW_PRICE = "CamelBitgetNewPrice";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option newPresetStopSurplusPrice.")
    public static final String NEW_PRESET_STOP_SURPLUS_PRICE = "CamelBitgetNewPresetStopSurplusPrice";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option newPresetStopLossPrice.")
    public static final String NEW_PRESET_STOP_LOSS_PRICE = "CamelBitgetNewPresetStopLossPrice";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option presetStopSurplusPrice.")
    public static final String PRESET_STOP_SURPLUS_PRICE = "CamelBitgetPresetStopSurplusPrice";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option presetStopLossPrice.")
    public static final String PRESET_STOP_LOSS_PRICE = "CamelBitgetPresetStopLossPrice";
    @Metadata(label = "producer", javaType = "java.util.List",
              description = "futures/batchPlaceOrder: the orders of the batch (maps or BatchOrderItem records), when they are not in the body.")
    public static final String ORDER_LIST = "CamelBitgetOrderList";
    @Metadata(label = "producer", javaType = "String",
              description = "Per-message value of option countdown.")
    public static final String COUNTDOWN = "CamelBitgetCountdown";
    @Metadata(javaType = "String",
              description = "In: option clientOid of this message. Out: the clientOid of the order just placed, cancelled or modified (given or generated). A second placeOrder on the same message reuses it, and Bitget refuses the duplicate: remove the header to place another order.")
    public static final String CLIENT_OID = "CamelBitgetClientOid";
    @Metadata(javaType = "String",
              description = "In: option orderId of this message. Out: Bitget's id of the order just placed, cancelled or modified; the order consumers set it to the polled order's id.")
    public static final String ORDER_ID = "CamelBitgetOrderId";
    @Metadata(label = "producer", javaType = "Long",
              description = "Out: Bitget's requestTime of the answer, epoch milliseconds.")
    public static final String REQUEST_TIME = "CamelBitgetRequestTime";
    @Metadata(label = "producer", javaType = "String",
              description = "Out: cursor of a futures order or fill list; pass it as idLessThan to read the next, older page.")
    public static final String END_ID = "CamelBitgetEndId";

    @Metadata(label = "consumer", javaType = "Long",
              description = "Consumer: when the poll that produced this exchange started, epoch milliseconds.")
    public static final String POLL_TIME = "CamelBitgetPollTime";
    @Metadata(label = "consumer", javaType = "io.github.camelbitget.Change", enums = "OPENED,CHANGED,CLOSED",
              description = "Consumer with changesOnly: OPENED (new since the last poll, and everything on the first poll), CHANGED (a compared field changed) or CLOSED (gone since the last poll; the body is its last known state). Also set on stream items with action reconcile.")
    public static final String CHANGE = "CamelBitgetChange";

    @Metadata(label = "producer", javaType = "io.github.camelbitget.client.Recovery", enums = "FOUND,DUPLICATE,RESENT",
              description = "Out: set on an order whose first answer was not a plain success: FOUND (no answer came; the order was found by its clientOid), DUPLICATE (Bitget refused the clientOid as a duplicate; the body is the existing order) or RESENT (Bitget had no such order; it was sent again with the same clientOid).")
    public static final String ORDER_RECOVERY = "CamelBitgetOrderRecovery";
    @Metadata(label = "producer", javaType = "io.github.camelbitget.api.AccountType", enums = "CLASSIC,UNIFIED",
              description = "Out: the kind of account a private operation was sent for: CLASSIC (Bitget's v2 API) or UNIFIED (unified trading account, v3 API). Not set for public market data, which every account reads alike.")
    public static final String ACCOUNT_TYPE = "CamelBitgetAccountType";
    @Metadata(label = "producer", javaType = "String",
              description = "Out: set when the trade journal could not record an order's outcome. The order result still flows on (the order is placed), and the journal keeps the PENDING entry for bitget:<market>/reconcileJournal.")
    public static final String JOURNAL_ERROR = "CamelBitgetJournalError";

    @Metadata(label = "consumer", javaType = "String",
              description = "Stream consumer: Bitget's channel of the push, e.g. ticker, books, candle1m, orders.")
    public static final String CHANNEL = "CamelBitgetChannel";
    @Metadata(label = "consumer", javaType = "String", enums = "snapshot,update,reconcile",
              description = "Stream consumer: snapshot or update as Bitget sent the push, or reconcile for an item found by the REST reconciliation after a reconnect of a private channel (orders, positions, account), which a lost connection may have hidden.")
    public static final String ACTION = "CamelBitgetAction";
    @Metadata(label = "consumer", javaType = "Long",
              description = "Stream consumer of book channels: Bitget's seq of the book push, when Bitget sends one.")
    public static final String SEQUENCE = "CamelBitgetSequence";
    @Metadata(label = "consumer", javaType = "String",
              description = "Stream consumer: instType of the push: SPOT, USDT-FUTURES, USDC-FUTURES or COIN-FUTURES.")
    public static final String INST_TYPE = "CamelBitgetInstType";
    @Metadata(label = "consumer", javaType = "Long",
              description = "Stream consumer: Bitget's time of the push (its ts), epoch milliseconds; for reconciled items the time of the REST answer.")
    public static final String EVENT_TIME = "CamelBitgetEventTime";

    private BitgetConstants() {
    }
}
