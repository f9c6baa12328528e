package io.github.camelbitget.examples.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides how one account's intents of one poll go to Bitget, in their order. The batching rule: consecutive futures
 * orders that share what a batch shares (symbol, product type, margin mode and margin coin) form a run; a run is cut
 * into batches of at most {@value #MAX_BATCH} orders, and a batch of at least {@code minBatch} orders is placed with
 * one batch-place-order call; shorter ones, and everything else (spot orders, cancels, closes, leverage), one by one.
 * So a lone intent is placed at once on its own, and a backlog goes at up to 50 orders per call; the order of effects
 * is the order of the intents, because steps run one after another and Bitget handles a batch's orders in list order.
 */
public final class PlacementPlanner {

    /** Bitget's limit of orders in one batch-place-order call. */
    public static final int MAX_BATCH = 50;

    private final int minBatch;

    /** @param minBatch the fewest orders worth a batch call (2 to 50) */
    public PlacementPlanner(int minBatch) {
        if (minBatch < 2 || minBatch > MAX_BATCH) {
            throw new IllegalArgumentException("bridge.batch.min-size must be 2 to " + MAX_BATCH + ", got " + minBatch);
        }
        this.minBatch = minBatch;
    }

    /** One call to Bitget. */
    public sealed interface Step permits Single, Batch {
    }

    /** One intent, one request. */
    public record Single(OrderIntent intent) implements Step {
    }

    /** Futures orders of one symbol in one batch-place-order request. */
    public record Batch(List<OrderIntent> intents) implements Step {

        public Batch {
            intents = List.copyOf(intents);
        }
    }

    /** The fields the orders of one batch request share. */
    private record BatchKey(String symbol, String productType, String marginMode, String marginCoin) {

        static BatchKey of(OrderIntent intent) {
            return new BatchKey(intent.symbol(), intent.productType(),
                    (String) intent.parameters().getOrDefault("marginMode", "isolated"),
                    (String) intent.parameters().get("marginCoin"));
        }
    }

    /** @param intents one account's intents in their order */
    public List<Step> plan(List<OrderIntent> intents) {
        List<Step> steps = new ArrayList<>();
        List<OrderIntent> run = new ArrayList<>();
        for (OrderIntent intent : intents) {
            if (!run.isEmpty() && !(batchable(intent) && sameBatch(run.get(0), intent))) {
                addRun(run, steps);
                run.clear();
            }
            if (batchable(intent)) {
                run.add(intent);
            } else {
                steps.add(new Single(intent));
            }
        }
        addRun(run, steps);
        return steps;
    }

    private static boolean batchable(OrderIntent intent) {
        return intent.operation() == IntentOperation.FUTURES_PLACE_ORDER;
    }

    private static boolean sameBatch(OrderIntent first, OrderIntent next) {
        return Objects.equals(BatchKey.of(first), BatchKey.of(next));
    }

    private void addRun(List<OrderIntent> run, List<Step> steps) {
        for (int start = 0; start < run.size(); start += MAX_BATCH) {
            List<OrderIntent> chunk = run.subList(start, Math.min(run.size(), start + MAX_BATCH));
            if (chunk.size() >= minBatch) {
                steps.add(new Batch(chunk));
            } else {
                chunk.forEach(intent -> steps.add(new Single(intent)));
            }
        }
    }
}
