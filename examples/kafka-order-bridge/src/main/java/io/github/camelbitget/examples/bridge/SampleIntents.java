package io.github.camelbitget.examples.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sample intents for trying the bridge, round robin over the accounts, cycling through every kind: futures market
 * and limit orders, a spot buy, leverage, the cancel of the limit order (by the clientOid the bridge derives from its
 * intent id), a close-position, and an intent with an unlisted symbol that goes to the dead-letter topic.
 */
public final class SampleIntents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KINDS = 8;

    private final List<String> accounts;
    private final String run;

    /** @param run makes this run's intent ids unique, so they place new orders */
    public SampleIntents(List<String> accounts, String run) {
        this.accounts = List.copyOf(accounts);
        this.run = run;
    }

    /** {@code count} intents as (account, JSON) pairs in publishing order. */
    public List<Map.Entry<String, String>> generate(int count) {
        List<Map.Entry<String, String>> intents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String account = accounts.get(i % accounts.size());
            intents.add(Map.entry(account, intent(account, i).toString()));
        }
        return intents;
    }

    /** The account's intents go through the kinds in order: the n-th intent of an account is of kind n mod 8. */
    private ObjectNode intent(String account, int index) {
        int kind = index / accounts.size() % KINDS;
        ObjectNode intent = JSON.createObjectNode();
        intent.put("intentId", intentId(index));
        switch (kind) {
            case 0 -> futuresOrder(intent, "BTCUSDT", "buy", "0.01");
            case 1 -> futuresOrder(intent, "ETHUSDT", "sell", "0.1").put("orderType", "limit").put("price", "9000");
            case 2 -> intent.put("operation", "spot/placeOrder").put("symbol", "BTCUSDT").put("side", "buy")
                    .put("size", "50");
            case 3 -> intent.put("operation", "futures/setLeverage").put("symbol", "BTCUSDT").put("leverage", 5);
            case 4 -> intent.put("operation", "futures/cancelOrder").put("symbol", "ETHUSDT")
                    .put("clientOid", IntentClientOids.forIntent(account, intentId(limitOrderBefore(index))));
            case 5 -> futuresOrder(intent, "BTCUSDT", "sell", "0.01");
            case 6 -> intent.put("operation", "futures/closePosition").put("symbol", "BTCUSDT");
            default -> futuresOrder(intent, "DOGEUSDX", "buy", "100");
        }
        return intent;
    }

    private static ObjectNode futuresOrder(ObjectNode intent, String symbol, String side, String size) {
        return intent.put("operation", "futures/placeOrder").put("symbol", symbol).put("side", side).put("size", size);
    }

    /** The index of the same account's limit order (kind 1) three of its intents before this cancel (kind 4). */
    private int limitOrderBefore(int cancelIndex) {
        return cancelIndex - 3 * accounts.size();
    }

    private String intentId(int index) {
        return "sample-" + run + "-" + index;
    }
}
