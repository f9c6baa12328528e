package io.github.camelbitget.examples.bridge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line and the meters for every intent, once its result or dead letter is on Kafka. */
public final class SettlementReport {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementReport.class);

    private final BridgeMetrics metrics;

    public SettlementReport(BridgeMetrics metrics) {
        this.metrics = metrics;
    }

    public void report(Settlement settlement) {
        for (IntentResult result : settlement.results()) {
            OrderIntent intent = result.intent();
            LOG.info("intent {} {} {} {} -> {}{}{}{} in {} ms{}", intent.label(), intent.account(),
                    intent.operation().path(), intent.symbol(), result.status(),
                    result.orderId() == null ? "" : " orderId=" + result.orderId(),
                    result.clientOid() == null ? "" : " clientOid=" + result.clientOid(),
                    result.code() == null ? "" : " code=" + result.code() + " (" + result.message() + ")",
                    result.completedAt() - intent.receivedAt(),
                    (result.batched() ? ", batched" : "")
                    + (result.recovery() == null ? "" : ", recovery " + result.recovery())
                    + (result.attempts() > 1 ? ", " + result.attempts() + " attempts" : ""));
            metrics.settled(result);
        }
        for (DeadLetter deadLetter : settlement.deadLetters()) {
            LOG.warn("intent {} of {} dead-lettered: {} {}", deadLetter.label(), deadLetter.account(),
                    deadLetter.reason(), deadLetter.details());
            metrics.deadLettered(deadLetter);
        }
    }
}
