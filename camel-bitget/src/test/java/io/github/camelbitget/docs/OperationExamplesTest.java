package io.github.camelbitget.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.ParamSpec;
import io.github.camelbitget.exception.BitgetUnsupportedOperationException;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * Runs one example per operation against the simulator, in an order that makes each one meaningful (an order is
 * placed before it is looked up, modified and cancelled), first with a classic account, then with the same account
 * upgraded to a unified trading account, and writes {@code docs/operations.md} from the examples, the answers and the
 * Operation table. The page cannot show an example that does not work, and a new operation without an example fails
 * this test. The answers themselves (prices and times of the moment) are not compared. Run with
 * {@code -Dbitget.docs.update=true} to rewrite the page.
 */
class OperationExamplesTest extends SimulatorBitgetTestSupport {

    private static final Path PAGE = Path.of("../docs/operations.md");

    /** An example: the URI a route sends to, and the body, if the operation takes one. */
    private record Example(String uri, Object body, String bodyText) {
    }

    private static final Map<Operation, Example> EXAMPLES = new LinkedHashMap<>();

    private static void example(Operation operation, String uri) {
        EXAMPLES.put(operation, new Example(uri, null, null));
    }

    static {
        example(Operation.SERVER_TIME, "bitget:futures/serverTime");
        example(Operation.FUTURES_TICKERS, "bitget:futures/tickers?symbol=BTCUSDT");
        example(Operation.SPOT_TICKERS, "bitget:spot/tickers?symbol=BTCUSDT");
        example(Operation.FUTURES_CANDLES, "bitget:futures/candles?symbol=BTCUSDT&granularity=1H&limit=24");
        example(Operation.SPOT_CANDLES, "bitget:spot/candles?symbol=BTCUSDT&granularity=1h&limit=24");
        example(Operation.FUTURES_ORDERBOOK, "bitget:futures/orderbook?symbol=BTCUSDT&limit=5");
        example(Operation.FUTURES_CONTRACTS, "bitget:futures/contracts?symbol=BTCUSDT");
        example(Operation.SPOT_SYMBOLS, "bitget:spot/symbols?symbol=BTCUSDT");
        example(Operation.FUTURES_ACCOUNTS, "bitget:futures/accounts");
        example(Operation.SPOT_ASSETS, "bitget:spot/assets?coin=USDT");
        example(Operation.FUTURES_SET_LEVERAGE, "bitget:futures/setLeverage?symbol=BTCUSDT&leverage=5");
        example(Operation.FUTURES_SET_MARGIN_MODE, "bitget:futures/setMarginMode?symbol=ETHUSDT&marginMode=crossed");
        example(Operation.FUTURES_SET_POSITION_MODE, "bitget:futures/setPositionMode?posMode=one_way_mode");
        example(Operation.FUTURES_PLACE_ORDER, "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01");
        example(Operation.FUTURES_POSITIONS, "bitget:futures/positions");
        EXAMPLES.put(Operation.FUTURES_PENDING_ORDERS, null);
        example(Operation.FUTURES_ORDER_DETAIL, "bitget:futures/orderDetail?symbol=BTCUSDT&clientOid=dca-limit-1");
        example(Operation.FUTURES_MODIFY_ORDER, "bitget:futures/modifyOrder?symbol=BTCUSDT&clientOid=dca-limit-1"
                                                + "&newSize=0.02&newPrice=69000&newClientOid=dca-limit-2");
        example(Operation.FUTURES_CANCEL_ORDER, "bitget:futures/cancelOrder?symbol=BTCUSDT&clientOid=dca-limit-2");
        EXAMPLES.put(Operation.FUTURES_BATCH_PLACE_ORDER, new Example("bitget:futures/batchPlaceOrder?symbol=ETHUSDT",
                List.of(Map.of("side", "buy", "size", "0.1"),
                        Map.of("side", "buy", "size", "0.1", "orderType", "limit", "price", "2500")),
                "List.of(Map.of(\"side\", \"buy\", \"size\", \"0.1\"),\n"
                + "        Map.of(\"side\", \"buy\", \"size\", \"0.1\", \"orderType\", \"limit\", \"price\", \"2500\"))"));
        example(Operation.FUTURES_ORDERS_HISTORY, "bitget:futures/ordersHistory?symbol=BTCUSDT&limit=10");
        example(Operation.FUTURES_FILLS, "bitget:futures/fills?symbol=BTCUSDT");
        example(Operation.FUTURES_CLOSE_POSITION, "bitget:futures/closePosition?symbol=BTCUSDT");
        example(Operation.SPOT_PLACE_ORDER, "bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&size=50");
        EXAMPLES.put(Operation.SPOT_OPEN_ORDERS, null);
        example(Operation.SPOT_ORDER_DETAIL, "bitget:spot/orderDetail?clientOid=spot-limit-1");
        example(Operation.SPOT_CANCEL_ORDER, "bitget:spot/cancelOrder?symbol=BTCUSDT&clientOid=spot-limit-1");
        example(Operation.SPOT_ORDERS_HISTORY, "bitget:spot/ordersHistory?symbol=BTCUSDT");
        example(Operation.SPOT_FILLS, "bitget:spot/fills?symbol=BTCUSDT");
        example(Operation.ACCOUNT_SETTINGS, "bitget:futures/accountSettings");
        example(Operation.COUNTDOWN_CANCEL_ALL, "bitget:futures/countdownCancelAll?countdown=0");
    }

    /** A unified account keeps an order's clientOid when it is modified (v3 has no newClientOid). */
    private static final Map<Operation, String> UNIFIED_EXAMPLES = Map.of(Operation.FUTURES_CANCEL_ORDER,
            "bitget:futures/cancelOrder?symbol=BTCUSDT&clientOid=dca-limit-1");

    /** Orders the examples that list or look up resting orders need to find. */
    private static final Map<Operation, String> SETUP = Map.of(
            Operation.FUTURES_PENDING_ORDERS, "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                              + "&orderType=limit&price=70000&clientOid=dca-limit-1",
            Operation.SPOT_OPEN_ORDERS, "bitget:spot/placeOrder?symbol=BTCUSDT&side=sell&size=0.0001"
                                        + "&orderType=limit&price=99000&clientOid=spot-limit-1");

    @Test
    void everyOperationHasAWorkingExample() throws Exception {
        if (ACCOUNT_TYPE == io.github.camelbitget.simulator.AccountType.UNIFIED) {
            BITGET.simulator().switchToClassic(BITGET.apiKey().apiKey());
        }
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        EXAMPLES.put(Operation.FUTURES_PENDING_ORDERS, new Example("bitget:futures/pendingOrders?symbol=BTCUSDT",
                null, null));
        EXAMPLES.put(Operation.SPOT_OPEN_ORDERS, new Example("bitget:spot/openOrders?symbol=BTCUSDT", null, null));
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(Operation.values());

        Map<Operation, String> answers = new LinkedHashMap<>();
        runExamples(AccountType.CLASSIC, answers);
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        BITGET.simulator().upgradeToUnified(BITGET.apiKey().apiKey());
        runExamples(AccountType.UNIFIED, answers);

        String page = page(answers);
        if (Boolean.getBoolean("bitget.docs.update")) {
            Files.writeString(PAGE, page);
            return;
        }
        assertThat(withoutAnswers(Files.readString(PAGE)))
                .as("docs/operations.md is stale: run with -Dbitget.docs.update=true").isEqualTo(withoutAnswers(page));
    }

    /**
     * Runs every example for one kind of account: the answers of the classic account go on the page, and those of
     * operations only unified accounts have; an operation the kind does not have is refused before sending.
     */
    private void runExamples(AccountType kind, Map<Operation, String> answers) {
        for (Map.Entry<Operation, Example> entry : EXAMPLES.entrySet()) {
            Operation operation = entry.getKey();
            if (SETUP.containsKey(operation)) {
                assertThat(template.request(SETUP.get(operation), null).getException()).isNull();
            }
            Example example = entry.getValue();
            String uri = kind == AccountType.UNIFIED ? UNIFIED_EXAMPLES.getOrDefault(operation, example.uri())
                    : example.uri();
            Exchange answer = template.request(uri, e -> e.getMessage().setBody(example.body()));
            if (kind == AccountType.CLASSIC ? !operation.hasClassicEndpoint() : !operation.unified().isV3()
                                                                                && !operation.unified().isPublicV2()) {
                assertThat(answer.getException()).as(kind + " " + uri)
                        .isInstanceOf(BitgetUnsupportedOperationException.class);
                continue;
            }
            assertThat(answer.getException()).as(kind + " " + uri).isNull();
            assertThat(answer.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).as(uri)
                    .isEqualTo(operation.requiresAuth() ? kind : null);
            Object body = answer.getMessage().getBody();
            assertThat(body).as(kind + " " + uri).isNotNull();
            answers.putIfAbsent(operation, excerpt(body));
        }
    }

    /** The answers hold prices and times of the moment; the rest of the page must match exactly. */
    private static String withoutAnswers(String page) {
        return page.replaceAll("(?s)```text\n.*?\n```", "```answer```");
    }

    /** The start of the answer, stable across runs: ids and times are generated by the exchange. */
    private static String excerpt(Object body) {
        String text = body instanceof List<?> list && !list.isEmpty()
                ? "[" + list.get(0) + (list.size() > 1 ? ", ...]" : "]") : String.valueOf(body);
        text = text.replaceAll("=\\d{13}", "=<ms>").replaceAll("=\\d{15,20}", "=<id>")
                .replaceAll("=cb[0-9a-f]{30}", "=<generated>");
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    private static String page(Map<Operation, String> answers) {
        StringBuilder md = new StringBuilder("""
                # Operations

                Every operation of the `bitget:` component with an example that the build runs against the
                bitget-simulator (`OperationExamplesTest`), in this order, with a classic account and again with a
                unified trading account, and the start of what came back. Each operation names Bitget's endpoint for
                both kinds of account ([what differs](unified-accounts.md)). Options can also come per message as
                `CamelBitget<Option>` headers or in the body; defaults, accepted values and Bitget's rate limits are
                in the [component reference](../camel-bitget/src/main/docs/bitget-component.adoc).
                Generated: do not edit by hand.

                """);
        for (String market : List.of("futures", "spot")) {
            md.append("## ").append(market.equals("futures") ? "Futures" : "Spot").append("\n\n");
            for (Map.Entry<Operation, Example> entry : EXAMPLES.entrySet()) {
                Operation operation = entry.getKey();
                String owner = operation.market() == null ? "futures" : operation.market().uriName();
                if (!owner.equals(market)) {
                    continue;
                }
                md.append("### ").append(operation.operationName()).append("\n\n")
                        .append(operation.requiresAuth() ? "Private" : "Public").append(" → `")
                        .append(operation.resultType().describe()).append("`. Classic: ")
                        .append(operation.hasClassicEndpoint() ? "`" + operation.method() + " " + operation.path()
                                + "` (" + operation.rateLimit() + ")" : "not available")
                        .append(". Unified: ").append(unified(operation)).append(".\n\nParameters: ")
                        .append(parameters(operation)).append(".\n\n")
                        .append("```java\n");
                Example example = entry.getValue();
                if (example.bodyText() != null) {
                    md.append(".setBody(constant(").append(example.bodyText()).append("))\n");
                }
                md.append(".to(\"").append(example.uri()).append("\")\n```\n\n")
                        .append("```text\n").append(answers.get(operation)).append("\n```\n\n");
            }
        }
        return md.toString();
    }

    private static String unified(Operation operation) {
        return operation.unified().isV3()
                ? "`" + operation.unified().describe().replace(" (", "` (") : operation.unified().describe();
    }

    private static String parameters(Operation operation) {
        List<String> names = new ArrayList<>();
        for (ParamSpec spec : operation.params()) {
            String name = spec.userMayOmit() ? spec.param().optionName() : "**" + spec.param().optionName() + "**";
            if (spec.defaultValue() != null) {
                name += "=" + spec.defaultValue();
            } else if (spec.defaultNote() != null) {
                name += " (" + spec.defaultNote() + ")";
            }
            names.add(name);
        }
        return names.isEmpty() ? "none" : names.stream().collect(Collectors.joining(", "));
    }
}
