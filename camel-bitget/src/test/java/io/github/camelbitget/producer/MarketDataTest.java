package io.github.camelbitget.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.Contract;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderBookLevel;
import io.github.camelbitget.model.ServerTime;
import io.github.camelbitget.model.SpotSymbol;
import io.github.camelbitget.model.SpotTicker;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** Public market data: the seed's market methods and the metadata operations, on the wire and parsed. */
class MarketDataTest extends WireMockBitgetTestSupport {

    private static final String BTC_TICKER = """
            {"symbol":"BTCUSDT","lastPr":"76012.5","askPr":"76012.6","bidPr":"76012.4","bidSz":"3.214",
             "askSz":"0.871","high24h":"76880.0","low24h":"74120.3","ts":"1731000000101","change24h":"0.01843",
             "baseVolume":"98231.442","quoteVolume":"7411223344.18","usdtVolume":"7411223344.18","openUtc":"75210.1",
             "changeUtc24h":"0.01066","indexPrice":"76030.117","fundingRate":"0.000087","holdingAmount":"41230.118",
             "deliveryStartTime":null,"deliveryTime":null,"deliveryStatus":"delivery_normal","open24h":"74637.9",
             "markPrice":"76011.9","someNewField":"ignored"}""";

    @Test
    void futuresTickerForOneSymbolCallsTickerAndReturnsOneElementList() {
        stubGet("/api/v2/mix/market/ticker", "[" + BTC_TICKER + "]");

        Exchange result = template.request("bitget:futures/tickers?symbol=BTCUSDT", null);

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v2/mix/market/ticker?productType=USDT-FUTURES&symbol=BTCUSDT");
        assertUnsigned(request);
        List<FuturesTicker> tickers = result.getMessage().getBody(List.class);
        assertThat(tickers).hasSize(1);
        FuturesTicker ticker = tickers.get(0);
        assertThat(ticker.symbol()).isEqualTo("BTCUSDT");
        assertThat(ticker.lastPr()).isEqualTo(new BigDecimal("76012.5"));
        assertThat(ticker.fundingRate()).isEqualTo(new BigDecimal("0.000087"));
        assertThat(ticker.ts()).isEqualTo(1731000000101L);
        assertThat(ticker.deliveryTime()).isNull();
        assertThat(result.getMessage().getHeader(BitgetConstants.REQUEST_TIME)).isEqualTo(REQUEST_TIME);
    }

    @Test
    void aCallThatNeedNotWaitCompletesTheExchangeSynchronously() throws Exception {
        stubGet("/api/v2/mix/market/ticker", "[" + BTC_TICKER + "]");
        Producer producer = context.getEndpoint("bitget:futures/tickers?symbol=BTCUSDT").createProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        boolean[] doneSync = new boolean[1];

        boolean returnedSync = ((AsyncProcessor) producer).process(exchange, sync -> doneSync[0] = sync);

        assertThat(returnedSync).isTrue();
        assertThat(doneSync[0]).isTrue();
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(1);
        producer.stop();
    }

    @Test
    void futuresTickersWithoutSymbolListEveryTickerOfTheProductType() {
        stubGet("/api/v2/mix/market/tickers", "[" + BTC_TICKER + "," + BTC_TICKER.replace("BTCUSDT", "ETHUSDT") + "]");

        List<FuturesTicker> tickers = template.requestBody("bitget:futures/tickers?productType=coin-futures", null,
                List.class);

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v2/mix/market/tickers?productType=COIN-FUTURES");
        assertThat(tickers).extracting(FuturesTicker::symbol).containsExactly("BTCUSDT", "ETHUSDT");
    }

    @Test
    void spotTickers() {
        stubGet("/api/v2/spot/market/tickers", """
                [{"symbol":"BTCUSDT","high24h":"76900","open":"75000.1","lastPr":"76001.2","low24h":"74000",
                  "quoteVolume":"1.5","baseVolume":"2.5","usdtVolume":"3.5","bidPr":"76001.1","askPr":"76001.3",
                  "bidSz":"0.1","askSz":"0.2","openUtc":"75500","ts":"1731000000000","changeUtc24h":"0.006",
                  "change24h":"0.013"}]""");

        List<SpotTicker> all = template.requestBody("bitget:spot/tickers", null, List.class);
        template.requestBody("bitget:spot/tickers?symbol=ethusdt", null, List.class);

        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .containsExactlyInAnyOrder("/api/v2/spot/market/tickers",
                        "/api/v2/spot/market/tickers?symbol=ETHUSDT");
        assertThat(all.get(0).open()).isEqualTo(new BigDecimal("75000.1"));
        assertThat(all.get(0).lastPr()).isEqualTo(new BigDecimal("76001.2"));
    }

    @Test
    void futuresCandlesUseTheSeedDefaults() {
        stubGet("/api/v2/mix/market/candles", """
                [["1730999880000","75990.1","76004.0","75985.2","76001.7","12.418","943760.55"],
                 ["1730999940000","76001.7","76020.0","75998.8","76011.0","9.207","699943.12"]]""");

        List<Candle> candles = template.requestBody("bitget:futures/candles", null, List.class);

        assertThat(onlyRequest().getUrl()).isEqualTo(
                "/api/v2/mix/market/candles?granularity=1H&limit=200&productType=USDT-FUTURES&symbol=BTCUSDT");
        assertThat(candles).hasSize(2);
        Candle last = candles.get(1);
        assertThat(last.ts()).isEqualTo(1730999940000L);
        assertThat(last.close()).isEqualTo(new BigDecimal("76011.0"));
        assertThat(last.baseVolume()).isEqualTo(new BigDecimal("9.207"));
        assertThat(last.quoteVolume()).isEqualTo(new BigDecimal("699943.12"));
        assertThat(last.usdtVolume()).isNull();
    }

    @Test
    void futuresCandlesWithRangeFromHeaders() {
        stubGet("/api/v2/mix/market/candles", "[]");

        template.requestBodyAndHeaders("bitget:futures/candles?symbol=ETHUSDT", null, Map.of(
                BitgetConstants.GRANULARITY, "15m", BitgetConstants.LIMIT, 24,
                BitgetConstants.START_TIME, 1730000000000L, BitgetConstants.END_TIME, "1731000000000"));

        assertThat(query(onlyRequest())).containsExactly(Map.entry("endTime", "1731000000000"),
                Map.entry("granularity", "15m"), Map.entry("limit", "24"), Map.entry("productType", "USDT-FUTURES"),
                Map.entry("startTime", "1730000000000"), Map.entry("symbol", "ETHUSDT"));
    }

    @Test
    void spotCandlesUseLowerCaseGranularityAndParseEightColumns() {
        stubGet("/api/v2/spot/market/candles",
                "[[\"1731000000000\",\"76011.0\",\"76015.5\",\"76008.3\",\"76012.5\",\"0.8123\",\"61745.32\","
                + "\"61745.33\"]]");

        List<Candle> candles = template.requestBody("bitget:spot/candles?limit=5", null, List.class);

        assertThat(onlyRequest().getUrl()).isEqualTo(
                "/api/v2/spot/market/candles?granularity=1h&limit=5&symbol=BTCUSDT");
        assertThat(candles.get(0).usdtVolume()).isEqualTo(new BigDecimal("61745.32"));
        assertThat(candles.get(0).quoteVolume()).isEqualTo(new BigDecimal("61745.33"));
    }

    @Test
    void orderbookAsksMergeDepthForTheNextAllowedLimitAndReturnsTheRequestedLevels() {
        StringBuilder asks = new StringBuilder();
        StringBuilder bids = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            asks.append(i == 0 ? "" : ",").append("[").append(76013 + i).append(".5,0.25]");
            bids.append(i == 0 ? "" : ",").append("[\"").append(76012 - i).append(".5\",\"1.000\"]");
        }
        stubGet("/api/v2/mix/market/merge-depth", "{\"asks\":[" + asks + "],\"bids\":[" + bids
                                                  + "],\"ts\":\"1731000000301\",\"scale\":\"0.1\","
                                                  + "\"precision\":\"scale0\",\"isMaxPrecision\":\"NO\"}");

        OrderBook book = template.requestBody("bitget:futures/orderbook", null, OrderBook.class);

        assertThat(onlyRequest().getUrl()).isEqualTo(
                "/api/v2/mix/market/merge-depth?limit=50&productType=USDT-FUTURES&symbol=BTCUSDT");
        assertThat(book.asks()).hasSize(20);
        assertThat(book.bids()).hasSize(20);
        assertThat(book.asks().get(0)).isEqualTo(new OrderBookLevel(new BigDecimal("76013.5"),
                new BigDecimal("0.25")));
        assertThat(book.bids().get(0).size()).isEqualTo(new BigDecimal("1.000"));
        assertThat(book.ts()).isEqualTo(1731000000301L);
        assertThat(book.scale()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void orderbookLimitsMapToMergeDepthValues() {
        stubGet("/api/v2/mix/market/merge-depth", "{\"asks\":[],\"bids\":[],\"ts\":\"1\"}");

        for (int limit : new int[] { 1, 3, 15, 16, 51 }) {
            template.requestBody("bitget:futures/orderbook?symbol=ETHUSDT&limit=" + limit, (Object) null);
        }

        assertThat(wireMock.getAllServeEvents()).extracting(event -> query(event.getRequest()).get("limit"))
                .containsExactlyInAnyOrder("1", "5", "15", "50", "max");
    }

    @Test
    void contractsCarryPrecisionAndMinimums() {
        stubGet("/api/v2/mix/market/contracts", """
                [{"symbol":"BTCUSDT","baseCoin":"BTC","quoteCoin":"USDT","makerFeeRate":"0.0002",
                  "takerFeeRate":"0.0006","supportMarginCoins":["USDT"],"minTradeNum":"0.0001","priceEndStep":"1",
                  "volumePlace":"4","pricePlace":"1","sizeMultiplier":"0.0001","symbolType":"perpetual",
                  "minTradeUSDT":"5","maxLever":"125","minLever":"1","symbolStatus":"normal","offTime":"-1",
                  "limitOpenTime":"-1","deliveryTime":"","launchTime":"","fundInterval":"8"}]""");

        List<Contract> contracts = template.requestBody("bitget:futures/contracts?symbol=BTCUSDT", null, List.class);

        assertThat(onlyRequest().getUrl())
                .isEqualTo("/api/v2/mix/market/contracts?productType=USDT-FUTURES&symbol=BTCUSDT");
        Contract btc = contracts.get(0);
        assertThat(btc.priceTick()).isEqualByComparingTo("0.1");
        assertThat(btc.roundSizeDown(new BigDecimal("0.000657"))).isEqualTo(new BigDecimal("0.0006"));
        assertThat(btc.meetsMinimums(new BigDecimal("0.0001"), new BigDecimal("76000"))).isTrue();
        assertThat(btc.meetsMinimums(new BigDecimal("0.0001"), new BigDecimal("40000"))).isFalse();
        assertThat(btc.deliveryTime()).isNull();
        assertThat(btc.maxLever()).isEqualTo(new BigDecimal("125"));
    }

    @Test
    void spotSymbols() {
        stubGet("/api/v2/spot/public/symbols", """
                [{"symbol":"BTCUSDT","baseCoin":"BTC","quoteCoin":"USDT","minTradeAmount":"0","maxTradeAmount":"0",
                  "takerFeeRate":"0.001","makerFeeRate":"0.001","pricePrecision":"2","quantityPrecision":"6",
                  "quotePrecision":"8","minTradeUSDT":"1","status":"online","orderQuantity":"200",
                  "areaSymbol":"no"}]""");

        List<SpotSymbol> symbols = template.requestBody("bitget:spot/symbols", null, List.class);

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v2/spot/public/symbols");
        assertThat(symbols.get(0).quantityPrecision()).isEqualTo(6);
        assertThat(symbols.get(0).minTradeUSDT()).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void serverTimeBelongsToBothMarkets() {
        stubGet("/api/v2/public/time", "{\"serverTime\":\"1731000000999\"}");

        ServerTime futures = template.requestBody("bitget:futures/serverTime", null, ServerTime.class);
        ServerTime spot = template.requestBody("bitget:spot/serverTime", null, ServerTime.class);

        assertThat(futures.serverTime()).isEqualTo(1731000000999L);
        assertThat(spot).isEqualTo(futures);
        wireMock.getAllServeEvents().forEach(event -> {
            assertThat(event.getRequest().getUrl()).isEqualTo("/api/v2/public/time");
            assertUnsigned(event.getRequest());
        });
    }
}
