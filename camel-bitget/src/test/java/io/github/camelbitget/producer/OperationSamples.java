package io.github.camelbitget.producer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.Param;
import io.github.camelbitget.api.ParamSpec;

/** Valid sample values for every operation, to call each one through headers. */
final class OperationSamples {

    private static final Map<Param, Object> SAMPLE_VALUES = Map.ofEntries(
            Map.entry(Param.SYMBOL, "BTCUSDT"), Map.entry(Param.SIDE, "buy"), Map.entry(Param.SIZE, "0.01"),
            Map.entry(Param.LEVERAGE, "5"), Map.entry(Param.MARGIN_MODE, "crossed"),
            Map.entry(Param.POS_MODE, "one_way_mode"), Map.entry(Param.ORDER_ID, "121"),
            Map.entry(Param.NEW_SIZE, "0.02"), Map.entry(Param.NEW_PRICE, "70000"), Map.entry(Param.COUNTDOWN, "10"),
            Map.entry(Param.ORDER_LIST, List.of(Map.of("side", "buy", "size", "0.01"))));

    private OperationSamples() {
    }

    /** Headers that call an operation with valid sample values in the given mode. */
    static Map<String, Object> headersFor(Operation operation, String mode) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(BitgetConstants.OPERATION, operation.market() == null ? operation.operationName()
                : operation.toString());
        headers.put(BitgetConstants.MODE, mode);
        for (ParamSpec spec : operation.params()) {
            if (SAMPLE_VALUES.containsKey(spec.param())) {
                headers.put(spec.param().headerName(), SAMPLE_VALUES.get(spec.param()));
            }
        }
        return headers;
    }
}
