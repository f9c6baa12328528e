package io.github.camelbitget.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input fails before anything is sent, with a message naming the option and the accepted values. */
class ValidationTest extends WireMockBitgetTestSupport {

    private BitgetValidationException refused(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
        assertNothingSent();
        return exchange.getException(BitgetValidationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            futures/placeOrder?side=buy&size=0.01                      | symbol      | futures/placeOrder needs option 'symbol'
            futures/placeOrder?symbol=BTCUSDT&size=0.01                | side        | needs option 'side' (one of buy, sell): set it on the endpoint URI, in header CamelBitgetSide or in the message body
            futures/placeOrder?symbol=BTCUSDT&side=buy                 | size        | needs option 'size' (a decimal number > 0 such as 0.01, plain digits (no exponent)
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=362e654068 | size        | '362e654068' is not accepted; expected a decimal number > 0 such as 0.01, plain digits (no exponent), at most 24 before and 18 after the point
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.0000000000000000001 | size | at most 24 before and 18 after the point
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=abc        | size        | Invalid option 'size' for futures/placeOrder: 'abc' is not accepted; expected a decimal number > 0
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=-1         | size        | 'size' for futures/placeOrder: '-1' is not accepted
            futures/placeOrder?symbol=BTCUSDT&side=hold&size=1         | side        | 'hold' is not accepted; expected one of buy, sell
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&orderType=limit | price | a limit order needs option 'price'
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&reduceOnly=maybe | reduceOnly | expected YES or NO (true and false are accepted too)
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&clientOid=my order#1 | clientOid | expected 1 to 32 characters from A-Z a-z 0-9 _ -
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&clientOid=abcdefghijabcdefghijabcdefghijabc | clientOid | 1 to 32 characters
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&force=day | force      | expected one of gtc, ioc, fok, post_only
            futures/placeOrder?symbol=BTCUSDT_UMCBL&side=buy&size=1    | symbol      | v1 names like BTCUSDT_UMCBL are not valid in v2
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&tradeSide=reduce | tradeSide | expected one of open, close
            futures/placeOrder?symbol=BTCUSDT&side=buy&size=1&productType=SUSDT-FUTURES | productType | expected one of USDT-FUTURES, USDC-FUTURES, COIN-FUTURES
            futures/setLeverage?symbol=BTCUSDT&leverage=-5             | leverage    | '-5' is not accepted; expected an integer from 1 to 500
            futures/setLeverage?symbol=BTCUSDT&leverage=2.5            | leverage    | expected an integer from 1 to 500
            futures/closePosition?symbol=BTCUSDT&holdSide=both         | holdSide    | expected one of long, short
            futures/closePosition                                      | symbol      | futures/closePosition needs option 'symbol'
            futures/cancelOrder?symbol=BTCUSDT                         | orderId     | futures/cancelOrder needs option 'orderId' or option 'clientOid'
            futures/cancelOrder?symbol=BTCUSDT&orderId=12ab            | orderId     | expected a numeric Bitget id
            futures/candles?granularity=1h                             | granularity | '1h' is the spot spelling; futures candles spell it '1H'
            spot/candles?granularity=1H                                | granularity | '1H' is the futures spelling; spot candles spell it '1h'
            spot/candles?granularity=1d                                | granularity | Granularity is case-sensitive: did you mean '1day'
            futures/candles?granularity=2W                             | granularity | '2W' is not a futures granularity. Accepted: 1m, 3m, 5m, 15m, 30m, 1H, 4H
            futures/candles?limit=1001                                 | limit       | expected an integer from 1 to 1000
            futures/ordersHistory?limit=500                            | limit       | expected an integer from 1 to 100
            futures/candles?startTime=1731000000000&endTime=1730000000000 | startTime | option 'startTime' (1731000000000) is after option 'endTime' (1730000000000)
            futures/modifyOrder?symbol=BTCUSDT&orderId=1&newSize=1     | newPrice    | options 'newSize' and 'newPrice' must be given together
            futures/modifyOrder?symbol=BTCUSDT&orderId=1               | newSize     | has nothing to change
            futures/setMarginMode?symbol=BTCUSDT&marginMode=cross      | marginMode  | expected one of isolated, crossed
            futures/setPositionMode?posMode=hedge                      | posMode     | expected one of one_way_mode, hedge_mode
            futures/batchPlaceOrder?symbol=BTCUSDT                     | orderList   | futures/batchPlaceOrder needs option 'orderList'
            """)
    void refusedBeforeSending(String uri, String option, String message) {
        BitgetValidationException error = refused("bitget:" + uri, null, Map.of());

        assertThat(error).isNotNull();
        assertThat(error.getOption()).isEqualTo(option);
        assertThat(error.getMessage()).contains(message);
    }

    @Test
    void doublesAreRefusedForMoney() {
        BitgetValidationException error = refused("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy",
                Map.of("size", 0.1), Map.of());

        assertThat(error.getMessage()).contains("pass prices, sizes and amounts as a String or BigDecimal");
    }

    @Test
    void bodyKeysMustBeOptionsOfTheOperation() {
        BitgetValidationException error = refused("bitget:futures/placeOrder",
                Map.of("symbol", "BTCUSDT", "side", "buy", "size", "1", "sise", "2"), Map.of());

        assertThat(error.getOption()).isEqualTo("sise");
        assertThat(error.getMessage()).startsWith("Option 'sise' does not apply to futures/placeOrder; accepted:"
                                                  + " symbol, productType, marginMode, marginCoin, size, price");
    }

    @Test
    void malformedJsonBody() {
        BitgetValidationException error = refused("bitget:futures/placeOrder", "{\"symbol\":", Map.of());

        assertThat(error.getOption()).isEqualTo("body");
    }

    @Test
    void unknownOperationHeaderAndMode() {
        BitgetValidationException operation = refused("bitget:futures/tickers", null,
                Map.of(BitgetConstants.OPERATION, "futures/buyTheDip"));
        assertThat(operation.getMessage()).isEqualTo("Unknown operation 'futures/buyTheDip' for market futures;"
                + " accepted: tickers, candles, orderbook, accounts, positions, pendingOrders, ordersHistory,"
                + " placeOrder, cancelOrder, closePosition, setLeverage, serverTime, contracts, orderDetail,"
                + " modifyOrder, batchPlaceOrder, fills, setMarginMode, setPositionMode, accountSettings,"
                + " countdownCancelAll");

        BitgetValidationException mode = refused("bitget:futures/tickers", null,
                Map.of(BitgetConstants.MODE, "paper"));
        assertThat(mode.getMessage()).isEqualTo("Invalid option 'mode': 'paper'; accepted values: live, demo");
    }

    @Test
    void batchItemsAreCheckedOneByOne() {
        BitgetValidationException error = refused("bitget:futures/batchPlaceOrder?symbol=BTCUSDT",
                java.util.List.of(Map.of("side", "buy", "size", "1"),
                        Map.of("side", "buy", "size", "1", "orderType", "limit")), Map.of());

        assertThat(error.getMessage()).startsWith("orderList[1]: ").contains("a limit order needs option 'price'");

        BitgetValidationException duplicate = refused("bitget:futures/batchPlaceOrder?symbol=BTCUSDT",
                java.util.List.of(Map.of("side", "buy", "size", "1", "clientOid", "same"),
                        Map.of("side", "sell", "size", "1", "clientOid", "same")), Map.of());
        assertThat(duplicate.getMessage()).contains("clientOid 'same' is used twice in one batch");
    }

    @Test
    void unknownMarketOrOperationInTheUriFailsAtEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("bitget:margin/tickers"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Unknown market 'margin' in the bitget: URI; accepted: spot, futures");
        assertThatThrownBy(() -> context.getEndpoint("bitget:spot/positions"))
                .rootCause().hasMessage("Unknown operation 'positions' for market spot; accepted: tickers, candles,"
                        + " assets, placeOrder, serverTime, symbols, cancelOrder, openOrders, ordersHistory,"
                        + " orderDetail, fills, accountSettings, countdownCancelAll");
        assertThatThrownBy(() -> context.getEndpoint("bitget:tickers"))
                .rootCause().hasMessageContaining("needs a market and an operation");
        assertThatThrownBy(() -> context.getEndpoint("bitget:spot/tickers?mode=paper"))
                .rootCause().hasMessage("Invalid option 'mode': 'paper'; accepted values: live, demo");
    }
}
