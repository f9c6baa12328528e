package io.github.camelbitget.simulator;

import java.time.Instant;

/** One text frame a WebSocket client sent: its connection (numbered from 1), the path it connected to, when. */
public record StreamFrame(long connection, String path, String text, Instant receivedAt) {
}
