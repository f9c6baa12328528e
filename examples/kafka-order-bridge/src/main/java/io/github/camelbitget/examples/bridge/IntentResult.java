package io.github.camelbitget.examples.bridge;

import java.util.List;

/**
 * What happened to one intent on Bitget.
 *
 * @param orderId   Bitget's id of the order placed or cancelled (null for leverage, close-position and failures)
 * @param clientOid the order's clientOid (for orders, also on REJECTED and UNKNOWN)
 * @param orderIds  close-position: the ids of the orders that closed the position
 * @param code      Bitget's code on REJECTED (e.g. 43012), or the failure's code on UNKNOWN
 * @param recovery  how the order's result was found when the first answer was not plain: FOUND, DUPLICATE (placed by
 *                  an earlier delivery of the same intent) or RESENT; null otherwise
 * @param batched   placed by a batch-place-order call
 * @param attempts  how often it was sent
 * @param sentAt    when it was first sent, epoch ms
 * @param completedAt when its result was known, epoch ms
 */
public record IntentResult(OrderIntent intent, ResultStatus status, String orderId, String clientOid,
                           List<String> orderIds, String code, String message, String recovery, boolean batched,
                           int attempts, long sentAt, long completedAt) {

    public IntentResult {
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
    }
}
