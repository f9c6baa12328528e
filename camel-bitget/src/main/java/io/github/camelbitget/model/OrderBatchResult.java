package io.github.camelbitget.model;

import java.util.List;

/**
 * Answer of {@code batch-place-order} and {@code close-positions}. Bitget answers success even when some orders
 * failed: check {@link #failureList()}.
 */
public record OrderBatchResult(List<OrderOutcome> successList, List<OrderOutcome> failureList) {

    public OrderBatchResult {
        successList = Lists.orEmpty(successList);
        failureList = Lists.orEmpty(failureList);
    }

    public boolean hasFailures() {
        return !failureList.isEmpty();
    }
}
