package io.github.camelbitget.examples.bridge;

import java.util.List;

/**
 * An intent that never reached Bitget because it is invalid: bad JSON, a schema violation, an unknown account or
 * symbol, or a value the component refused before sending.
 *
 * @param account  the message key, or null
 * @param intentId the intent id if the payload had one
 * @param payload  the message value as text (invalid UTF-8 replaced), or null
 * @param details  the individual violations, e.g. one per schema rule
 */
public record DeadLetter(RecordSource source, String account, String intentId, String reason, List<String> details,
                         String payload, long receivedAt) {

    public DeadLetter {
        details = List.copyOf(details);
    }

    public String label() {
        return intentId != null ? intentId : source.toString();
    }
}
