package io.github.camelbitget.examples.trading.positions;

import io.github.camelbitget.Change;
import io.github.camelbitget.model.Position;

/** A position that was opened, changed or closed (its last known state) since the watcher's previous poll. */
public record PositionEvent(Change change, Position position) {
}
