package io.github.camelbitget.examples.bridge;

import java.util.List;

/** The outcome of one poll: a result for every intent that reached Bitget, a dead letter for every one that did not. */
public record Settlement(List<IntentResult> results, List<DeadLetter> deadLetters) {

    public Settlement {
        results = List.copyOf(results);
        deadLetters = List.copyOf(deadLetters);
    }
}
