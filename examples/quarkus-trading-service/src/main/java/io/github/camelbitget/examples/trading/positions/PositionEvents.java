package io.github.camelbitget.examples.trading.positions;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands the watcher's position events to every connected stream; a stream sees the events after it connected. */
@ApplicationScoped
public class PositionEvents {

    private final BroadcastProcessor<PositionEvent> broadcast = BroadcastProcessor.create();

    /** Called by the single polling thread of the watcher route. */
    void publish(PositionEvent event) {
        broadcast.onNext(event);
    }

    public Multi<PositionEvent> stream() {
        return broadcast;
    }
}
