package io.github.camelbitget.api;

import java.util.List;

import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.OrderBook;

/** The rules of Bitget requests that span several parameters. */
final class Rules {

    private static final List<Integer> MERGE_DEPTH_LIMITS = List.of(1, 5, 15, 50);

    /** {@code /tickers} lists every symbol; with a symbol Bitget's {@code /ticker} answers for that one only. */
    static final RequestRule SINGLE_TICKER_PATH = draft -> {
        if (draft.has(Param.SYMBOL)) {
            draft.path("/api/v2/mix/market/ticker");
        }
    };

    /**
     * Merge-depth accepts only 1, 5, 15, 50 or {@code max} levels: ask for the smallest that covers the request and
     * hand back the requested number of levels.
     */
    static final RequestRule MERGE_DEPTH_LIMIT = draft -> {
        int levels = Integer.parseInt(draft.get(Param.LIMIT));
        String wireLimit = MERGE_DEPTH_LIMITS.stream().filter(allowed -> allowed >= levels).findFirst()
                .map(String::valueOf).orElse("max");
        draft.put(Param.LIMIT, wireLimit);
        draft.resultShaper(book -> book == null ? null : ((OrderBook) book).top(levels));
    };

    static final RequestRule DEFAULT_MARGIN_COIN = draft -> {
        if (!draft.has(Param.MARGIN_COIN) && draft.has(Param.PRODUCT_TYPE)) {
            String marginCoin = ProductTypes.defaultMarginCoin(draft.get(Param.PRODUCT_TYPE), draft.get(Param.SYMBOL));
            if (marginCoin != null) {
                draft.put(Param.MARGIN_COIN, marginCoin);
            }
        }
    };

    static final RequestRule PRICE_FOR_LIMIT = draft -> {
        if ("limit".equals(draft.get(Param.ORDER_TYPE)) && !draft.has(Param.PRICE)) {
            throw new BitgetValidationException(Param.PRICE.optionName(), draft.operation() + ": a limit order needs"
                    + " option 'price' (a decimal number > 0); use orderType=market to trade at the market price");
        }
    };

    static final RequestRule ORDER_ID_OR_CLIENT_OID = draft -> {
        if (!draft.has(Param.ORDER_ID) && !draft.has(Param.CLIENT_OID)) {
            throw new BitgetValidationException(Param.ORDER_ID.optionName(), draft.operation()
                    + " needs option 'orderId' or option 'clientOid' (header CamelBitgetOrderId or"
                    + " CamelBitgetClientOid) to name the order");
        }
    };

    static final RequestRule GENERATE_CLIENT_OID = draft -> {
        if (!draft.has(Param.CLIENT_OID)) {
            draft.put(Param.CLIENT_OID, ClientOids.generate());
        }
    };

    static final RequestRule GENERATE_NEW_CLIENT_OID = draft -> {
        if (!draft.has(Param.NEW_CLIENT_OID)) {
            draft.put(Param.NEW_CLIENT_OID, ClientOids.generate());
        }
    };

    /** Bitget replaces an order only when size and price change together (40925), and needs something to change. */
    static final RequestRule MODIFICATION = draft -> {
        if (draft.has(Param.NEW_SIZE) != draft.has(Param.NEW_PRICE)) {
            throw new BitgetValidationException(Param.NEW_PRICE.optionName(), draft.operation()
                    + ": options 'newSize' and 'newPrice' must be given together (Bitget replaces the order)");
        }
        if (!draft.has(Param.NEW_SIZE) && !draft.has(Param.NEW_PRESET_STOP_SURPLUS_PRICE)
            && !draft.has(Param.NEW_PRESET_STOP_LOSS_PRICE)) {
            throw new BitgetValidationException(Param.NEW_SIZE.optionName(), draft.operation()
                    + " has nothing to change: set newSize and newPrice, or newPresetStopSurplusPrice and/or"
                    + " newPresetStopLossPrice");
        }
    };

    static final RequestRule TIME_RANGE = draft -> {
        if (draft.has(Param.START_TIME) && draft.has(Param.END_TIME)
            && Long.parseLong(draft.get(Param.START_TIME)) > Long.parseLong(draft.get(Param.END_TIME))) {
            throw new BitgetValidationException(Param.START_TIME.optionName(), draft.operation()
                    + ": option 'startTime' (" + draft.get(Param.START_TIME) + ") is after option 'endTime' ("
                    + draft.get(Param.END_TIME) + ")");
        }
    };

    private Rules() {
    }
}
