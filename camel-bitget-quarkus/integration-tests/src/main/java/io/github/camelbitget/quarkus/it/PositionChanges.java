package io.github.camelbitget.quarkus.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** What the position consumer has emitted since start, for the tests to read over HTTP. */
@ApplicationScoped
public class PositionChanges {

    private final List<PositionChange> changes = new CopyOnWriteArrayList<>();

    void add(PositionChange change) {
        changes.add(change);
    }

    List<PositionChange> all() {
        return List.copyOf(changes);
    }
}
