package io.github.camelbitget.benchmarks;

import java.nio.charset.StandardCharsets;

/** Bitget-shaped answers for the canned server and the parsing benchmarks. */
final class Payloads {

    private Payloads() {
    }

    static byte[] envelope(String data) {
        return ("{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1731000000123,\"data\":" + data + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} futures tickers, as {@code /api/v2/mix/market/tickers} sends them. */
    static String futuresTickers(int count) {
        StringBuilder json = new StringBuilder(count * 620).append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"symbol\":\"").append(symbol(i)).append("\",\"lastPr\":\"76012.5\",\"askPr\":\"76012.6\","
                    + "\"bidPr\":\"76012.4\",\"bidSz\":\"3.214\",\"askSz\":\"0.871\",\"high24h\":\"76880.0\","
                    + "\"low24h\":\"74120.3\",\"ts\":\"1731000000101\",\"change24h\":\"0.01843\","
                    + "\"baseVolume\":\"98231.442\",\"quoteVolume\":\"7411223344.18\","
                    + "\"usdtVolume\":\"7411223344.18\",\"openUtc\":\"75210.1\",\"changeUtc24h\":\"0.01066\","
                    + "\"indexPrice\":\"76030.117\",\"fundingRate\":\"0.000087\",\"holdingAmount\":\"41230.118\","
                    + "\"deliveryStartTime\":null,\"deliveryTime\":null,\"deliveryStatus\":\"delivery_normal\","
                    + "\"open24h\":\"74637.9\",\"markPrice\":\"76011.9\"}");
        }
        return json.append(']').toString();
    }

    static String spotTicker() {
        return "[{\"symbol\":\"BTCUSDT\",\"high24h\":\"76900\",\"open\":\"75000.1\",\"lastPr\":\"76001.2\","
               + "\"low24h\":\"74000\",\"quoteVolume\":\"1.5\",\"baseVolume\":\"2.5\",\"usdtVolume\":\"3.5\","
               + "\"bidPr\":\"76001.1\",\"askPr\":\"76001.3\",\"bidSz\":\"0.1\",\"askSz\":\"0.2\","
               + "\"openUtc\":\"75500\",\"ts\":\"1731000000000\",\"changeUtc24h\":\"0.006\",\"change24h\":\"0.013\"}]";
    }

    /** A merge-depth snapshot with {@code levels} levels per side, numbers as JSON numbers as Bitget sends them. */
    static String orderBook(int levels) {
        StringBuilder asks = new StringBuilder();
        StringBuilder bids = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            asks.append(i == 0 ? "" : ",").append('[').append(76013 + i).append(".5,").append(0.25 + i).append(']');
            bids.append(i == 0 ? "" : ",").append('[').append(76012 - i).append(".5,").append(1.5 + i).append(']');
        }
        return "{\"asks\":[" + asks + "],\"bids\":[" + bids + "],\"ts\":\"1731000000301\",\"scale\":\"0.1\","
               + "\"precision\":\"scale0\",\"isMaxPrecision\":\"NO\"}";
    }

    static String orderResult() {
        return "{\"orderId\":\"1251234567890123456\",\"clientOid\":\"bench\"}";
    }

    static String spotSymbols() {
        return "[{\"symbol\":\"BTCUSDT\",\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDT\",\"minTradeAmount\":\"0\","
               + "\"maxTradeAmount\":\"0\",\"takerFeeRate\":\"0.001\",\"makerFeeRate\":\"0.001\","
               + "\"pricePrecision\":\"2\",\"quantityPrecision\":\"6\",\"quotePrecision\":\"8\",\"status\":\"online\","
               + "\"minTradeUSDT\":\"1\",\"buyLimitPriceRatio\":\"0.05\",\"sellLimitPriceRatio\":\"0.05\","
               + "\"orderQuantity\":\"200\",\"areaSymbol\":\"no\",\"offTime\":\"\"}]";
    }

    private static String symbol(int index) {
        return index == 0 ? "BTCUSDT" : "S" + index + "USDT";
    }
}
