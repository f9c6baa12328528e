package io.github.camelbitget.examples.bridge;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.model.Contract;
import io.github.camelbitget.model.SpotSymbol;
import org.apache.camel.ProducerTemplate;

/** Reads the symbols a market lists from Bitget's public endpoints (spot symbols, futures contracts). */
public final class MarketListings implements Function<String, Set<String>> {

    /** The component of public market data: no credentials, so it counts against no account's limits. */
    public static final String COMPONENT = "bitget-market";

    private final ProducerTemplate template;

    public MarketListings(ProducerTemplate template) {
        this.template = template;
    }

    /** @param market {@link SymbolCatalogue#SPOT} or a futures product type */
    @Override
    public Set<String> apply(String market) {
        if (SymbolCatalogue.SPOT.equals(market)) {
            List<?> symbols = template.requestBody(COMPONENT + ":spot/symbols", null, List.class);
            return symbols.stream().map(symbol -> ((SpotSymbol) symbol).symbol()).collect(Collectors.toSet());
        }
        List<?> contracts = template.requestBodyAndHeader(COMPONENT + ":futures/contracts", null,
                BitgetConstants.PRODUCT_TYPE, market, List.class);
        return contracts.stream().map(contract -> ((Contract) contract).symbol()).collect(Collectors.toSet());
    }
}
