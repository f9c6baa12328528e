package io.github.camelbitget.examples.bridge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One valid intent, ready for Bitget.
 *
 * @param intentId   the intent's own id, or null when it had none
 * @param account    the account that places it (the Kafka message key)
 * @param parameters the request in Bitget's field names, as the bitget endpoint takes it as a Map body; for an order
 *                   it includes the derived {@code clientOid}
 * @param receivedAt when the bridge polled it, epoch ms
 */
public record OrderIntent(String intentId, String account, IntentOperation operation, Map<String, Object> parameters,
                          RecordSource source, long receivedAt) {

    public static final String DEFAULT_PRODUCT_TYPE = "USDT-FUTURES";

    public OrderIntent {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public String symbol() {
        return (String) parameters.get("symbol");
    }

    /** The clientOid of the order this intent places, or of the order it cancels; null otherwise. */
    public String clientOid() {
        return (String) parameters.get("clientOid");
    }

    public String productType() {
        return operation.isSpot() ? null : (String) parameters.getOrDefault("productType", DEFAULT_PRODUCT_TYPE);
    }

    /** The intent id, or the record's coordinates when it has none: what log lines name it by. */
    public String label() {
        return intentId != null ? intentId : source.toString();
    }
}
