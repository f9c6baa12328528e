package io.github.camelbitget.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The v3 dead-man switch of one book ({@code countdown-cancel-all}): armed with a deadline on the simulator's
 * clock, it cancels every open order when the deadline passes without a refresh, then turns itself off.
 */
final class CountdownCancel {

    private long deadline;
    private final List<CountdownFiring> firings = new ArrayList<>();

    void arm(long now, int seconds) {
        deadline = now + seconds * 1000L;
    }

    void disarm() {
        deadline = 0;
    }

    boolean isDue(long now) {
        return deadline != 0 && now >= deadline;
    }

    void fired(long now, List<String> cancelledOrderIds) {
        firings.add(new CountdownFiring(now, cancelledOrderIds));
        deadline = 0;
    }

    OptionalLong deadline() {
        return deadline == 0 ? OptionalLong.empty() : OptionalLong.of(deadline);
    }

    List<CountdownFiring> firings() {
        return List.copyOf(firings);
    }
}
