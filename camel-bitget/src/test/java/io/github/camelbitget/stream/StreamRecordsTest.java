package io.github.camelbitget.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.Market;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotTicker;
import io.github.camelbitget.model.Trade;
import org.junit.jupiter.api.Test;

/** Pushes read into the producer's records, and channel names checked. */
class StreamRecordsTest {

    @Test
    void futuresTickerPush() throws Exception {
        List<Object> records = read(Market.FUTURES, "ticker", """
                {"action":"snapshot","arg":{"instType":"USDT-FUTURES","channel":"ticker","instId":"BTCUSDT"},
                 "data":[{"instId":"BTCUSDT","lastPr":"27000.5","bidPr":"27000","askPr":"27001","markPrice":"27000.1",
                          "fundingRate":"0.0001","symbolType":1,"ts":"1695716059516"}],"ts":1695716059516}""");

        FuturesTicker ticker = (FuturesTicker) records.get(0);
        assertThat(ticker.symbol()).isEqualTo("BTCUSDT");
        assertThat(ticker.lastPr()).isEqualByComparingTo("27000.5");
        assertThat(ticker.markPrice()).isEqualByComparingTo("27000.1");
        assertThat(ticker.ts()).isEqualTo(1695716059516L);
    }

    @Test
    void spotTickerPushNamesTheOpenAsRest() throws Exception {
        SpotTicker ticker = (SpotTicker) read(Market.SPOT, "ticker", """
                {"action":"snapshot","arg":{"instType":"SPOT","channel":"ticker","instId":"ETHUSDT"},
                 "data":[{"instId":"ETHUSDT","lastPr":"1800.1","open24h":"1750","ts":"1"}],"ts":1}""").get(0);

        assertThat(ticker.symbol()).isEqualTo("ETHUSDT");
        assertThat(ticker.open()).isEqualByComparingTo("1750");
    }

    @Test
    void candlePushesAreArraysWithQuoteBeforeUsdtVolume() throws Exception {
        List<Object> candles = read(Market.FUTURES, "candle1m", """
                {"action":"update","arg":{"instType":"USDT-FUTURES","channel":"candle1m","instId":"BTCUSDT"},
                 "data":[["1695716040000","1","3","0.5","2","10","20","21"]],"ts":1}""");

        assertThat(candles).containsExactly(new Candle(1695716040000L, new BigDecimal("1"), new BigDecimal("3"),
                new BigDecimal("0.5"), new BigDecimal("2"), new BigDecimal("10"), new BigDecimal("20"),
                new BigDecimal("21")));
    }

    @Test
    void tradePush() throws Exception {
        Trade trade = (Trade) read(Market.FUTURES, "trade", """
                {"action":"update","arg":{"instType":"USDT-FUTURES","channel":"trade","instId":"BTCUSDT"},
                 "data":[{"ts":"1695716760565","price":"27000.5","size":"0.001","side":"buy","tradeId":"1111"}],
                 "ts":1}""").get(0);

        assertThat(trade).isEqualTo(new Trade("BTCUSDT", "1111", new BigDecimal("27000.5"), new BigDecimal("0.001"),
                Side.BUY, 1695716760565L));
    }

    @Test
    void futuresOrderPushCarriesTheAccumulatedFilledSize() throws Exception {
        FuturesOrder order = (FuturesOrder) read(Market.FUTURES, "orders", """
                {"action":"snapshot","arg":{"instType":"USDT-FUTURES","channel":"orders","instId":"default"},
                 "data":[{"orderId":"1","clientOid":"c1","instId":"BTCUSDT","size":"0.02","side":"buy",
                          "orderType":"market","status":"partially_filled","baseVolume":"0.005",
                          "accBaseVolume":"0.015","leverage":"20","cTime":"1","uTime":"2","reduceOnly":"no"}],
                 "ts":3}""").get(0);

        assertThat(order.symbol()).isEqualTo("BTCUSDT");
        assertThat(order.baseVolume()).isEqualByComparingTo("0.015");
        assertThat(order.status()).isEqualTo("partially_filled");
        assertThat(order.uTime()).isEqualTo(2L);
    }

    @Test
    void positionAndAccountPushesUseRestNames() throws Exception {
        Position position = (Position) read(Market.FUTURES, "positions", """
                {"action":"snapshot","arg":{"instType":"USDT-FUTURES","channel":"positions","instId":"default"},
                 "data":[{"posId":"9","instId":"BTCUSDT","marginCoin":"USDT","holdSide":"long","total":"0.01",
                          "frozen":"0.002","leverage":20,"openPriceAvg":"27000"}],"ts":3}""").get(0);
        FuturesAccount account = (FuturesAccount) read(Market.FUTURES, "account", """
                {"action":"snapshot","arg":{"instType":"USDT-FUTURES","channel":"account","coin":"default"},
                 "data":[{"marginCoin":"USDT","frozen":"1","available":"99","equity":"100"}],"ts":3}""").get(0);

        assertThat(position.symbol()).isEqualTo("BTCUSDT");
        assertThat(position.locked()).isEqualByComparingTo("0.002");
        assertThat(position.leverage()).isEqualByComparingTo("20");
        assertThat(account.accountEquity()).isEqualByComparingTo("100");
        assertThat(account.locked()).isEqualByComparingTo("1");
    }

    @Test
    void spotFillPushHasItsFeeAsAList() throws Exception {
        SpotFill fill = (SpotFill) read(Market.SPOT, "fill", """
                {"action":"snapshot","arg":{"instType":"SPOT","channel":"fill","instId":"default"},
                 "data":[{"orderId":"1","tradeId":"2","symbol":"BTCUSDT","side":"buy","priceAvg":"27000","size":"0.1",
                          "amount":"2700","feeDetail":[{"feeCoin":"BTC","totalFee":"-0.0001"}],"cTime":"1"}],
                 "ts":3}""").get(0);

        assertThat(fill.feeDetail().feeCoin()).isEqualTo("BTC");
        assertThat(fill.amount()).isEqualByComparingTo("2700");
    }

    @Test
    void channelsAreCheckedWithTheAcceptedNames() {
        assertThat(StreamChannel.parse(Market.FUTURES, "candle1H").name()).isEqualTo("candle1H");
        assertThatThrownBy(() -> StreamChannel.parse(Market.FUTURES, "candle1h"))
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("did you mean candle1H?");
        assertThatThrownBy(() -> StreamChannel.parse(Market.FUTURES, "candle3m"))
                .hasMessageContaining("candle1m, candle5m");
        assertThatThrownBy(() -> StreamChannel.parse(Market.SPOT, "positions"))
                .hasMessageContaining("accepted: ticker, books, books1, books5, books15, trade, candle<interval>,"
                                      + " orders, account, fill");
        assertThatThrownBy(() -> StreamChannel.parse(Market.FUTURES, "tickers"))
                .hasMessageContaining("Unknown stream channel 'tickers'");
    }

    @Test
    void subscriptionsOfPrivateChannelsDefaultToAll() {
        assertThat(StreamChannel.parse(Market.FUTURES, "orders").arg("USDT-FUTURES", null))
                .isEqualTo(new ChannelArg("USDT-FUTURES", "orders", "default", null));
        assertThat(StreamChannel.parse(Market.SPOT, "account").arg("USDT-FUTURES", "BTCUSDT"))
                .isEqualTo(new ChannelArg("SPOT", "account", null, "default"));
        assertThatThrownBy(() -> StreamChannel.parse(Market.FUTURES, "ticker").arg("USDT-FUTURES", null))
                .hasMessageContaining("needs option symbol");
    }

    private static List<Object> read(Market market, String channel, String push) throws Exception {
        JsonNode json = BitgetJson.MAPPER.readTree(push);
        StreamMessage message = new StreamMessage(ChannelArg.of(json.get("arg")), json.get("action").asText(),
                json.get("data"), json.get("ts").asLong());
        return StreamRecords.read(StreamChannel.parse(market, channel), message);
    }
}
