package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The listed instruments, derived from the seed prices: a {@code ...USDT} seed lists a spot symbol and a
 * USDT-FUTURES contract, {@code ...PERP} a USDC-FUTURES contract, {@code ...USD} a COIN-FUTURES contract.
 * Precision follows Bitget's real listings for the well-known coins and the price magnitude otherwise.
 */
final class Instruments {

    private static final BigDecimal FUTURES_MAKER_FEE = new BigDecimal("0.0002");
    private static final BigDecimal FUTURES_TAKER_FEE = new BigDecimal("0.0006");
    private static final BigDecimal SPOT_FEE = new BigDecimal("0.001");
    private static final BigDecimal FUTURES_MIN_NOTIONAL = new BigDecimal("5");
    private static final BigDecimal SPOT_MIN_NOTIONAL = new BigDecimal("1");

    /** Futures pricePlace, volumePlace and minTradeNum (in size units), spot pricePrecision and quantityPrecision, maxLever. */
    private record CoinSpec(int pricePlace, int volumePlace, int minTradeUnits, int spotPricePrecision,
                            int spotQuantityPrecision, int maxLever) {
    }

    private static final Map<String, CoinSpec> KNOWN_COINS = Map.of(
            "BTC", new CoinSpec(1, 4, 1, 2, 6, 125),
            "ETH", new CoinSpec(2, 2, 1, 2, 4, 100),
            "SOL", new CoinSpec(3, 1, 1, 2, 4, 75),
            "XRP", new CoinSpec(4, 0, 10, 4, 2, 75));

    private final Map<String, SpotSymbol> spotSymbols = new LinkedHashMap<>();
    private final Map<ProductType, Map<String, FuturesContract>> contracts = new LinkedHashMap<>();

    Instruments(Map<String, BigDecimal> seedPrices) {
        for (ProductType type : ProductType.values()) {
            contracts.put(type, new LinkedHashMap<>());
        }
        seedPrices.forEach((symbol, price) -> {
            ProductType type = ProductType.ofSymbol(symbol)
                    .orElseThrow(() -> new IllegalArgumentException("symbol " + symbol + " must end with USDT, PERP or USD"));
            String quote = switch (type) {
                case USDT_FUTURES -> "USDT";
                case USDC_FUTURES -> "PERP";
                case COIN_FUTURES -> "USD";
            };
            String base = symbol.substring(0, symbol.length() - quote.length());
            if (base.isEmpty()) {
                throw new IllegalArgumentException("symbol " + symbol + " has no base coin");
            }
            CoinSpec spec = KNOWN_COINS.getOrDefault(base, derivedSpec(price));
            contracts.get(type).put(symbol, contract(type, symbol, base, spec));
            if (type == ProductType.USDT_FUTURES) {
                spotSymbols.put(symbol, new SpotSymbol(symbol, base, "USDT", spec.spotPricePrecision(),
                        spec.spotQuantityPrecision(), 8, SPOT_MIN_NOTIONAL, SPOT_FEE, SPOT_FEE));
            }
        });
    }

    /** About five significant price digits and a minimum size worth roughly 1 to 10 USDT, like Bitget's listings. */
    private static CoinSpec derivedSpec(BigDecimal price) {
        int magnitude = price.precision() - price.scale() - 1;
        int pricePlace = Math.max(0, Math.min(8, magnitude >= 2 ? 5 - magnitude : 4 - magnitude));
        int volumePlace = Math.max(0, Math.min(4, magnitude - 1));
        return new CoinSpec(pricePlace, volumePlace, 1, pricePlace, Math.min(8, volumePlace + 2), 50);
    }

    private static FuturesContract contract(ProductType type, String symbol, String base, CoinSpec spec) {
        BigDecimal sizeMultiplier = Decimals.unit(spec.volumePlace());
        BigDecimal minTradeNum = sizeMultiplier.multiply(BigDecimal.valueOf(spec.minTradeUnits()));
        String quote = type == ProductType.COIN_FUTURES ? "USD" : type.marginCoinFor(base);
        return new FuturesContract(type, symbol, base, quote, spec.pricePlace(), BigDecimal.ONE, spec.volumePlace(),
                minTradeNum, sizeMultiplier, FUTURES_MIN_NOTIONAL, FUTURES_MAKER_FEE, FUTURES_TAKER_FEE, 1, spec.maxLever(),
                minTradeNum.multiply(BigDecimal.valueOf(1_000_000)), minTradeNum.multiply(BigDecimal.valueOf(5_000_000)));
    }

    Collection<SpotSymbol> spotSymbols() {
        return spotSymbols.values();
    }

    Optional<SpotSymbol> spotSymbol(String symbol) {
        return Optional.ofNullable(spotSymbols.get(symbol));
    }

    SpotSymbol requireSpotSymbol(String symbol) {
        return spotSymbol(symbol).orElseThrow(() -> BitgetError.doesNotExist(symbol));
    }

    Collection<FuturesContract> contracts(ProductType type) {
        return contracts.get(type).values();
    }

    Optional<FuturesContract> contract(ProductType type, String symbol) {
        return Optional.ofNullable(contracts.get(type).get(symbol));
    }

    FuturesContract requireContract(ProductType type, String symbol) {
        return contract(type, symbol).orElseThrow(() -> BitgetError.doesNotExist(symbol));
    }

    /** Margin coins of a product type, in listing order: USDT, USDC, or every base coin of the coin-M contracts. */
    List<String> marginCoins(ProductType type) {
        List<String> coins = new ArrayList<>();
        for (FuturesContract contract : contracts(type)) {
            if (!coins.contains(contract.marginCoin())) {
                coins.add(contract.marginCoin());
            }
        }
        if (coins.isEmpty() && !type.isInverse()) {
            coins.add(type.marginCoinFor(null));
        }
        return coins;
    }

    /** Every coin that appears in a listing, sorted. */
    TreeSet<String> coins() {
        TreeSet<String> coins = new TreeSet<>();
        spotSymbols.values().forEach(s -> {
            coins.add(s.baseCoin());
            coins.add(s.quoteCoin());
        });
        contracts.values().forEach(byType -> byType.values().forEach(c -> coins.add(c.marginCoin())));
        return coins;
    }

    /** The walk's price grid for a symbol: the coarsest tick among the instruments sharing its price. */
    BigDecimal priceTick(String symbol) {
        BigDecimal tick = Decimals.unit(8);
        for (ProductType type : ProductType.values()) {
            FuturesContract contract = contracts.get(type).get(symbol);
            if (contract != null && contract.tick().compareTo(tick) > 0) {
                tick = contract.tick();
            }
        }
        SpotSymbol spot = spotSymbols.get(symbol);
        if (spot != null && spot.tick().compareTo(tick) > 0) {
            tick = spot.tick();
        }
        return tick;
    }
}
