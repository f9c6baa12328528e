package io.github.camelbitget.examples.bridge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The symbols each market lists, as the exchange itself reports them (futures contracts per product type, spot
 * symbols). Loaded on first use; a symbol the list does not have makes it load again once the list is older than
 * {@code refreshAfter}, so a newly listed symbol is found without a restart.
 */
public final class SymbolCatalogue {

    /** The market key of spot symbols; futures use their product type (USDT-FUTURES, ...). */
    public static final String SPOT = "SPOT";

    private record Listing(Set<String> symbols, Instant loadedAt) {
    }

    private final Function<String, Set<String>> loader;
    private final Duration refreshAfter;
    private final Clock clock;
    private final Map<String, Listing> listings = new ConcurrentHashMap<>();

    /** @param loader the symbols of a market key, read from the exchange */
    public SymbolCatalogue(Function<String, Set<String>> loader, Duration refreshAfter, Clock clock) {
        this.loader = loader;
        this.refreshAfter = refreshAfter;
        this.clock = clock;
    }

    public boolean lists(String market, String symbol) {
        Listing listing = listings.computeIfAbsent(market, this::load);
        if (listing.symbols().contains(symbol)) {
            return true;
        }
        if (listing.loadedAt().plus(refreshAfter).isBefore(clock.instant())) {
            listing = load(market);
            listings.put(market, listing);
        }
        return listing.symbols().contains(symbol);
    }

    private Listing load(String market) {
        return new Listing(Set.copyOf(loader.apply(market)), clock.instant());
    }
}
