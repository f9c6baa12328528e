package io.github.camelbitget.examples.recipes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.SpotTicker;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

/** The seed's spot-vs-perp scanner: of the first 30 USDT perpetuals, the widest basis against spot, widest first. */
public class BasisScanner {

    private static final int PERPETUALS = 30;
    private static final int TOP = 5;

    public List<Basis> widest(@ExchangeProperty("perpetuals") List<FuturesTicker> perpetuals,
                              @Body List<SpotTicker> spot) {
        Map<String, SpotTicker> spotBySymbol = spot.stream().filter(ticker -> ticker.lastPr() != null)
                .collect(Collectors.toMap(SpotTicker::symbol, ticker -> ticker, (first, second) -> first));
        return perpetuals.stream().limit(PERPETUALS)
                .filter(perp -> perp.lastPr() != null && spotBySymbol.containsKey(perp.symbol()))
                .map(perp -> Basis.of(perp.symbol(), perp.lastPr(), spotBySymbol.get(perp.symbol()).lastPr()))
                .sorted(Comparator.comparing((Basis basis) -> basis.bps().abs()).reversed())
                .limit(TOP)
                .toList();
    }
}
