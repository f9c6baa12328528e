package io.github.camelbitget.stream;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.camelbitget.api.Market;
import io.github.camelbitget.exception.BitgetValidationException;

/**
 * A channel of Bitget's v2 WebSocket (bitget-api.md §7.3, §7.5) as named in {@code bitget:<market>/stream/<channel>}:
 * public market data ({@code ticker}, {@code books}, {@code books1}, {@code books5}, {@code books15},
 * {@code candle<interval>}, {@code trade}) or, after a login, the account's {@code orders}, {@code positions}
 * (futures), {@code account} and {@code fill}.
 */
public record StreamChannel(Market market, String name, Kind kind) {

    /** What a channel carries, which decides the record of each item. */
    public enum Kind {
        TICKER,
        BOOK,
        CANDLE,
        TRADE,
        ORDERS,
        POSITIONS,
        ACCOUNT,
        FILL
    }

    public static final List<String> PUBLIC = List.of("ticker", "books", "books1", "books5", "books15", "trade",
            "candle<interval>");
    public static final List<String> CANDLE_INTERVALS = List.of("1m", "5m", "15m", "30m", "1H", "4H", "6H", "12H",
            "1D", "3D", "1W", "1M", "6Hutc", "12Hutc", "1Dutc", "3Dutc", "1Wutc", "1Mutc");
    private static final String CANDLE = "candle";
    private static final String BOOKS = "books";

    /** The channel named in a URI; refuses unknown names with the accepted ones. */
    public static StreamChannel parse(Market market, String name) {
        String value = name == null ? "" : name.trim();
        if (value.startsWith(CANDLE) && value.length() > CANDLE.length()) {
            return new StreamChannel(market, CANDLE + candleInterval(value.substring(CANDLE.length())),
                    Kind.CANDLE);
        }
        Kind kind = switch (value) {
            case "ticker" -> Kind.TICKER;
            case BOOKS, "books1", "books5", "books15" -> Kind.BOOK;
            case "trade" -> Kind.TRADE;
            case "orders" -> Kind.ORDERS;
            case "positions" -> market == Market.FUTURES ? Kind.POSITIONS : null;
            case "account" -> Kind.ACCOUNT;
            case "fill" -> Kind.FILL;
            default -> null;
        };
        if (kind == null) {
            throw new BitgetValidationException("channel", "Unknown stream channel '" + value + "' for " + market
                                                           + "; accepted: " + String.join(", ", accepted(market))
                                                           + " (e.g. bitget:" + market + "/stream/ticker?symbol=BTCUSDT)");
        }
        return new StreamChannel(market, value, kind);
    }

    private static String candleInterval(String interval) {
        if (CANDLE_INTERVALS.contains(interval)) {
            return interval;
        }
        String hint = CANDLE_INTERVALS.stream().filter(known -> known.equalsIgnoreCase(interval)).findFirst()
                .map(known -> " Intervals are case-sensitive: did you mean candle" + known + "?")
                .orElse("");
        throw new BitgetValidationException("channel", "Unknown candle channel 'candle" + interval + "'." + hint
                                                       + " Accepted: candle"
                                                       + String.join(", candle", CANDLE_INTERVALS));
    }

    /** The channel names accepted for a market. */
    public static List<String> accepted(Market market) {
        List<String> privateChannels = market == Market.FUTURES
                ? List.of("orders", "positions", "account", "fill") : List.of("orders", "account", "fill");
        return Stream.concat(PUBLIC.stream(), privateChannels.stream()).toList();
    }

    /** Whether the channel needs a login, on Bitget's private URL. */
    public boolean isPrivate() {
        return switch (kind) {
            case ORDERS, POSITIONS, ACCOUNT, FILL -> true;
            default -> false;
        };
    }

    /** Whether the channel sends a snapshot and then changes to apply ({@code books}), not whole books. */
    public boolean isIncrementalBook() {
        return isIncrementalBook(name);
    }

    static boolean isIncrementalBook(String channel) {
        return BOOKS.equals(channel);
    }

    /**
     * The subscription: the product type (or SPOT) as {@code instType}, the symbol as {@code instId}; private
     * channels without a symbol take {@code default} (all), account channels {@code coin: default}.
     */
    public ChannelArg arg(String productType, String symbol) {
        String instType = market == Market.SPOT ? "SPOT" : productType.toUpperCase(Locale.ROOT);
        if (kind == Kind.ACCOUNT) {
            return new ChannelArg(instType, name, null, "default");
        }
        if (kind == Kind.POSITIONS) {
            return new ChannelArg(instType, name, "default", null);
        }
        if (symbol == null || symbol.isBlank()) {
            if (isPrivate()) {
                return new ChannelArg(instType, name, "default", null);
            }
            throw new BitgetValidationException("symbol", "bitget:" + market + "/stream/" + name
                                                          + " needs option symbol, e.g. symbol=BTCUSDT");
        }
        return new ChannelArg(instType, name, symbol.trim().toUpperCase(Locale.ROOT), null);
    }

    @Override
    public String toString() {
        return name;
    }
}
