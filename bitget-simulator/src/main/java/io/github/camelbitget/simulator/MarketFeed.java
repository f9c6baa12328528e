package io.github.camelbitget.simulator;

import java.util.List;

/** One public channel of one instrument, shared by all its subscribers. Used on the event loop under the exchange lock. */
interface MarketFeed {

    /** The frame a new subscriber gets first. */
    String snapshot(Exchange exchange, long now);

    /** The frames of one push interval; empty when nothing changed. */
    List<String> next(Exchange exchange, long now);
}
