package io.github.camelbitget.examples.trading;

import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code trading.*}); Bitget itself is {@code camel.component.bitget.*}. */
@ConfigMapping(prefix = "trading")
public interface TradingConfig {

    Positions positions();

    AutoFlat autoFlat();

    interface Positions {

        /** Pause between two polls of the position watcher; Bitget allows 5 position reads per second per account. */
        @WithDefault("2s")
        Duration pollInterval();
    }

    interface AutoFlat {

        /** Close every open position at the end of the day. */
        @WithDefault("true")
        boolean enabled();

        /** UTC time of day from which open positions are closed, until midnight. */
        @WithDefault("23:55")
        LocalTime at();

        /** How often the auto-flat route looks at the clock (and, from {@code at}, at the positions). */
        @WithDefault("60s")
        Duration checkInterval();
    }
}
