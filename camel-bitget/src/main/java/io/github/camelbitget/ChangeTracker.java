package io.github.camelbitget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.api.BitgetJson;

/**
 * Remembers the last emitted state of every polled item and tells what changed since: new keys are
 * {@link Change#OPENED}, a different value in a compared field is {@link Change#CHANGED}, a key that disappeared is
 * {@link Change#CLOSED} with its last known state. The state moves on only when a change is committed (after the
 * route processed it), so a failed poll or a failed exchange loses nothing.
 */
final class ChangeTracker {

    /** An item as polled: its key, its compared values, and the item itself. */
    record Observation(String key, String fingerprint, Object item, JsonNode fields) {
    }

    /** A change of one item, to emit and then to commit. */
    record ItemChange(Change change, Observation observation) {
    }

    private final List<String> keyFields;
    private final List<String> changeFields;
    private final Map<String, Observation> lastEmitted = Collections.synchronizedMap(new LinkedHashMap<>());

    ChangeTracker(List<String> keyFields, List<String> changeFields) {
        this.keyFields = keyFields;
        this.changeFields = changeFields;
    }

    Observation observe(Object item) {
        JsonNode fields = BitgetJson.MAPPER.valueToTree(item);
        String key = keyFields.stream().map(field -> fields.path(field).asText()).collect(Collectors.joining("|"));
        String fingerprint = changeFields.stream().map(field -> comparable(fields.path(field)))
                .collect(Collectors.joining("|"));
        return new Observation(key, fingerprint, item, fields);
    }

    /** What changed between the last emitted state and these items, in their order, closed items last. */
    List<ItemChange> changes(List<Observation> current) {
        List<ItemChange> changes = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Observation observation : current) {
            present.add(observation.key());
            Observation previous = lastEmitted.get(observation.key());
            if (previous == null) {
                changes.add(new ItemChange(Change.OPENED, observation));
            } else if (!previous.fingerprint().equals(observation.fingerprint())) {
                changes.add(new ItemChange(Change.CHANGED, observation));
            }
        }
        Map<String, Observation> previousState;
        synchronized (lastEmitted) {
            previousState = new LinkedHashMap<>(lastEmitted);
        }
        previousState.forEach((key, previous) -> {
            if (!present.contains(key)) {
                changes.add(new ItemChange(Change.CLOSED, previous));
            }
        });
        return changes;
    }

    /** Whether an item with this key was emitted before, in any state. */
    boolean knows(Observation observation) {
        return lastEmitted.containsKey(observation.key());
    }

    /** Whether this item was emitted before in exactly this state. */
    boolean isUnchanged(Observation observation) {
        Observation previous = lastEmitted.get(observation.key());
        return previous != null && previous.fingerprint().equals(observation.fingerprint());
    }

    void commit(ItemChange change) {
        if (change.change() == Change.CLOSED) {
            lastEmitted.remove(change.observation().key());
        } else {
            lastEmitted.put(change.observation().key(), change.observation());
        }
    }

    /** Decimals compare by value: {@code 1.50} and {@code 1.5} are the same price. */
    private static String comparable(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue();
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        return value.isNull() || value.isMissingNode() ? "" : value.asText();
    }
}
