package io.github.camelbitget.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One measured load: the call ({@link #FUTURES_TICKERS}, {@link #PLACE_ORDER} or {@link #SPOT_TICKER}), the threads
 * calling, and the futures tickers per answer.
 */
record Scenario(String name, int concurrency, int size) {

    static final String FUTURES_TICKERS = "futures tickers";
    static final String PLACE_ORDER = "place order";
    static final String SPOT_TICKER = "spot ticker";

    private static final int[] CONCURRENCY = { 1, 2, 4, 8, 16, 32, 64 };
    private static final int[] SIZES = { 1, 10, 1000 };

    /** Futures tickers (100 per answer) by concurrency. */
    static List<Scenario> tickersByConcurrency() {
        List<Scenario> scenarios = new ArrayList<>();
        for (int concurrency : CONCURRENCY) {
            scenarios.add(new Scenario(FUTURES_TICKERS, concurrency, CannedBitget.DEFAULT_TICKERS));
        }
        return scenarios;
    }

    /** Futures tickers at 8 threads by answer size (100 is measured by {@link #tickersByConcurrency()}). */
    static List<Scenario> tickersBySize() {
        List<Scenario> scenarios = new ArrayList<>();
        for (int size : SIZES) {
            scenarios.add(new Scenario(FUTURES_TICKERS, 8, size));
        }
        return scenarios;
    }

    /** Signed place-order calls at 1, 8 and 64 threads. */
    static List<Scenario> orders() {
        return List.of(new Scenario(PLACE_ORDER, 1, 1), new Scenario(PLACE_ORDER, 8, 1),
                new Scenario(PLACE_ORDER, 64, 1));
    }

    /** One spot ticker, the call every peer has, at 1 and 8 threads. */
    static List<Scenario> spotTicker() {
        return List.of(new Scenario(SPOT_TICKER, 1, 1), new Scenario(SPOT_TICKER, 8, 1));
    }
}
