package io.github.camelbitget.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every text frame WebSocket clients sent, in arrival order (pings included). */
public final class StreamLog {

    private final List<StreamFrame> frames = new CopyOnWriteArrayList<>();

    void add(StreamFrame frame) {
        frames.add(frame);
    }

    public List<StreamFrame> frames() {
        return List.copyOf(frames);
    }

    /** The frames of one connection. */
    public List<StreamFrame> frames(long connection) {
        return frames.stream().filter(f -> f.connection() == connection).toList();
    }

    public void clear() {
        frames.clear();
    }
}
