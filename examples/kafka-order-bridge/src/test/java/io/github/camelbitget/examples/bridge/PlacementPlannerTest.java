package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitget.examples.bridge.PlacementPlanner.Batch;
import io.github.camelbitget.examples.bridge.PlacementPlanner.Single;
import io.github.camelbitget.examples.bridge.PlacementPlanner.Step;
import org.junit.jupiter.api.Test;

class PlacementPlannerTest {

    private final PlacementPlanner planner = new PlacementPlanner(2);
    private int offset;

    @Test
    void aLoneOrderGoesOnItsOwn() {
        OrderIntent order = futures("BTCUSDT");

        assertThat(planner.plan(List.of(order))).containsExactly(new Single(order));
    }

    @Test
    void consecutiveOrdersOfOneSymbolGoInOneBatchAndOtherIntentsBreakTheRun() {
        OrderIntent btc1 = futures("BTCUSDT");
        OrderIntent btc2 = futures("BTCUSDT");
        OrderIntent btc3 = futures("BTCUSDT");
        OrderIntent cancel = intent(IntentOperation.FUTURES_CANCEL_ORDER, Map.of("symbol", "BTCUSDT", "orderId", "1"));
        OrderIntent btc4 = futures("BTCUSDT");
        OrderIntent eth = futures("ETHUSDT");
        OrderIntent btc5 = futures("BTCUSDT");
        OrderIntent spot1 = intent(IntentOperation.SPOT_PLACE_ORDER, Map.of("symbol", "BTCUSDT"));
        OrderIntent spot2 = intent(IntentOperation.SPOT_PLACE_ORDER, Map.of("symbol", "BTCUSDT"));

        List<Step> steps = planner.plan(List.of(btc1, btc2, btc3, cancel, btc4, eth, btc5, spot1, spot2));

        assertThat(steps).containsExactly(new Batch(List.of(btc1, btc2, btc3)), new Single(cancel), new Single(btc4),
                new Single(eth), new Single(btc5), new Single(spot1), new Single(spot2));
    }

    @Test
    void ordersWithDifferentMarginSettingsAreNotBatchedTogether() {
        OrderIntent isolated = futures("BTCUSDT");
        OrderIntent explicitIsolated = futures("BTCUSDT", Map.of("marginMode", "isolated"));
        OrderIntent crossed = futures("BTCUSDT", Map.of("marginMode", "crossed"));
        OrderIntent usdc = futures("BTCUSDT", Map.of("marginMode", "crossed", "productType", "USDC-FUTURES"));

        assertThat(planner.plan(List.of(isolated, explicitIsolated, crossed, usdc)))
                .containsExactly(new Batch(List.of(isolated, explicitIsolated)), new Single(crossed), new Single(usdc));
    }

    @Test
    void aLongRunIsCutIntoBatchesOfFiftyAndAShortRestGoesOneByOne() {
        List<OrderIntent> run = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            run.add(futures("ETHUSDT"));
        }

        assertThat(planner.plan(run)).containsExactly(new Batch(run.subList(0, 50)), new Batch(run.subList(50, 100)),
                new Single(run.get(100)));
        assertThat(new PlacementPlanner(5).plan(run.subList(0, 4)))
                .containsExactly(new Single(run.get(0)), new Single(run.get(1)), new Single(run.get(2)),
                        new Single(run.get(3)));
    }

    @Test
    void refusesABatchRuleBitgetCannotServe() {
        assertThatThrownBy(() -> new PlacementPlanner(51)).hasMessageContaining("bridge.batch.min-size");
        assertThatThrownBy(() -> new PlacementPlanner(1)).hasMessageContaining("bridge.batch.min-size");
    }

    private OrderIntent futures(String symbol) {
        return futures(symbol, Map.of());
    }

    private OrderIntent futures(String symbol, Map<String, Object> more) {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("symbol", symbol, "side", "buy", "size", "1"));
        parameters.putAll(more);
        return intent(IntentOperation.FUTURES_PLACE_ORDER, parameters);
    }

    private OrderIntent intent(IntentOperation operation, Map<String, Object> parameters) {
        offset++;
        return new OrderIntent("i-" + offset, "main", operation, parameters,
                new RecordSource("bitget.orders", 0, offset, 0), 0);
    }
}
