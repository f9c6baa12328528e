package io.github.camelbitget.examples.bridge;

import java.util.List;

/** What one poll brought: the valid intents in record order, and the ones that go to the dead-letter topic. */
public record IntentBatch(List<OrderIntent> intents, List<DeadLetter> deadLetters) {

    public IntentBatch {
        intents = List.copyOf(intents);
        deadLetters = List.copyOf(deadLetters);
    }
}
