package io.github.camelbitget.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.model.BatchOrderItem;
import io.github.camelbitget.model.BatchOrderRequest;
import io.github.camelbitget.model.CancelOrderRequest;
import io.github.camelbitget.model.ClosePositionRequest;
import io.github.camelbitget.model.FuturesFill;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesOrderRequest;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.MarginMode;
import io.github.camelbitget.model.ModifyOrderRequest;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.OrderType;
import io.github.camelbitget.model.PositionMode;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Futures orders: the seed's place/cancel/close, order lists, and the order operations beyond the seed. */
class FuturesOrderTest extends WireMockBitgetTestSupport {

    private static final String PLACED = "{\"orderId\":\"1251234567890123456\",\"clientOid\":\"camel-7f3a9c21\"}";

    @Test
    void marketOrderWithTheSeedDefaults() {
        stubPost("/api/v2/mix/order/place-order", "{\"orderId\":\"1251234567890123456\",\"clientOid\":\"%s\"}"
                .formatted("echo"));

        Exchange result = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", null);

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v2/mix/order/place-order");
        assertSigned(request);
        Map<String, Object> body = body(request);
        assertThat(body).containsExactly(entry("symbol", "BTCUSDT"), entry("productType", "USDT-FUTURES"),
                entry("marginMode", "isolated"), entry("marginCoin", "USDT"), entry("size", "0.01"),
                entry("side", "buy"), entry("orderType", "market"), entry("force", "gtc"),
                entry("clientOid", body.get("clientOid")));
        assertThat((String) body.get("clientOid")).matches("[A-Za-z0-9_-]{1,32}");
        OrderResult order = result.getMessage().getBody(OrderResult.class);
        assertThat(order.orderId()).isEqualTo("1251234567890123456");
        assertThat(result.getMessage().getHeader(BitgetConstants.ORDER_ID)).isEqualTo("1251234567890123456");
        assertThat(result.getMessage().getHeader(BitgetConstants.CLIENT_OID)).isEqualTo("echo");
    }

    @Test
    void generatedClientOidsAreUniqueAndReturnedWhenBitgetOmitsThem() {
        stubPost("/api/v2/mix/order/place-order", "{\"orderId\":\"1\"}");

        Exchange first = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", null);
        Exchange second = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", null);

        List<String> sent = wireMock.getAllServeEvents().stream()
                .map(event -> (String) body(event.getRequest()).get("clientOid")).toList();
        assertThat(sent).doesNotHaveDuplicates().hasSize(2);
        assertThat(sent).contains(first.getMessage().getHeader(BitgetConstants.CLIENT_OID, String.class),
                second.getMessage().getHeader(BitgetConstants.CLIENT_OID, String.class));
    }

    @Test
    void limitShortAsInTheSeedRecipe() {
        stubPost("/api/v2/mix/order/place-order", PLACED);

        template.requestBodyAndHeaders("bitget:futures/placeOrder", null, Map.of(
                BitgetConstants.SYMBOL, "ETHUSDT", BitgetConstants.SIDE, "sell", BitgetConstants.SIZE, "0.5",
                BitgetConstants.ORDER_TYPE, "limit", BitgetConstants.PRICE, new BigDecimal("3500"),
                BitgetConstants.CLIENT_OID, "eth-short-1"));

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(body(request)).containsExactly(entry("symbol", "ETHUSDT"), entry("productType", "USDT-FUTURES"),
                entry("marginMode", "isolated"), entry("marginCoin", "USDT"), entry("size", "0.5"),
                entry("price", "3500"), entry("side", "sell"), entry("orderType", "limit"), entry("force", "gtc"),
                entry("clientOid", "eth-short-1"));
    }

    @Test
    void hedgeModeCloseWithEveryOptionAndCoinMarginedDefaults() {
        stubPost("/api/v2/mix/order/place-order", PLACED);

        template.requestBody("bitget:futures/placeOrder?productType=COIN-FUTURES&symbol=BTCUSD&side=buy&size=1"
                             + "&tradeSide=close&marginMode=crossed&force=ioc&reduceOnly=false"
                             + "&presetStopSurplusPrice=80000&presetStopLossPrice=70000.5&clientOid=c-1", (Object) null);

        assertThat(body(onlyRequest())).containsExactly(entry("symbol", "BTCUSD"),
                entry("productType", "COIN-FUTURES"), entry("marginMode", "crossed"), entry("marginCoin", "BTC"),
                entry("size", "1"), entry("side", "buy"), entry("tradeSide", "close"), entry("orderType", "market"),
                entry("force", "ioc"), entry("clientOid", "c-1"), entry("reduceOnly", "NO"),
                entry("presetStopSurplusPrice", "80000"), entry("presetStopLossPrice", "70000.5"));
    }

    @Test
    void typedRequestBodyOverridesHeadersWhichOverrideTheUri() {
        stubPost("/api/v2/mix/order/place-order", PLACED);
        FuturesOrderRequest order = FuturesOrderRequest.limit("SOLUSDT", Side.BUY, new BigDecimal("2.5"),
                new BigDecimal("150.25")).withClientOid("sol-1").withMarginMode(MarginMode.CROSSED)
                .withReduceOnly(true);

        template.requestBodyAndHeaders("bitget:futures/placeOrder?symbol=BTCUSDT&side=sell&size=9&force=fok", order,
                Map.of(BitgetConstants.SIZE, "7", BitgetConstants.FORCE, "post_only",
                        BitgetConstants.MARGIN_COIN, "USDT"));

        assertThat(body(onlyRequest())).containsExactly(entry("symbol", "SOLUSDT"),
                entry("productType", "USDT-FUTURES"), entry("marginMode", "crossed"), entry("marginCoin", "USDT"),
                entry("size", "2.5"), entry("price", "150.25"), entry("side", "buy"), entry("orderType", "limit"),
                entry("force", "post_only"), entry("clientOid", "sol-1"), entry("reduceOnly", "YES"));
    }

    @Test
    void mapAndJsonBodiesUseBitgetFieldNames() {
        stubPost("/api/v2/mix/order/place-order", PLACED);
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("symbol", "ETHUSDT");
        order.put("side", "BUY");
        order.put("size", new BigDecimal("0.10"));
        order.put("clientOid", "map-1");

        template.requestBody("bitget:futures/placeOrder", order);
        template.requestBody("bitget:futures/placeOrder",
                "{\"symbol\":\"ethusdt\",\"side\":\"sell\",\"size\":0.10,\"orderType\":\"limit\",\"price\":\"3600.5\","
                + "\"clientOid\":\"json-1\"}");

        List<Map<String, Object>> bodies = wireMock.getAllServeEvents().stream()
                .map(event -> body(event.getRequest())).toList();
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains(entry("symbol", "ETHUSDT"),
                entry("side", "buy"), entry("size", "0.10"), entry("clientOid", "map-1")));
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains(entry("symbol", "ETHUSDT"),
                entry("side", "sell"), entry("size", "0.10"), entry("price", "3600.5"),
                entry("clientOid", "json-1")));
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        stubPost("/api/v2/mix/order/cancel-order", PLACED);

        template.requestBodyAndHeaders("bitget:futures/placeOrder?symbol=BTCUSDT", null, Map.of(
                BitgetConstants.OPERATION, "futures/cancelOrder", BitgetConstants.ORDER_ID, "1251234567890123456"));
        template.requestBodyAndHeaders("bitget:futures/placeOrder?symbol=BTCUSDT", null, Map.of(
                BitgetConstants.OPERATION, "cancelOrder", BitgetConstants.CLIENT_OID, "camel-7f3a9c21"));

        assertThat(wireMock.getAllServeEvents()).hasSize(2)
                .allSatisfy(event -> assertThat(event.getRequest().getUrl())
                        .isEqualTo("/api/v2/mix/order/cancel-order"));
    }

    @Test
    void cancelOrderByOrderIdOrClientOid() {
        stubPost("/api/v2/mix/order/cancel-order", PLACED);

        OrderResult cancelled = template.requestBody("bitget:futures/cancelOrder",
                CancelOrderRequest.byOrderId("BTCUSDT", "1251234567890123456"), OrderResult.class);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(body(request)).containsExactly(entry("symbol", "BTCUSDT"), entry("productType", "USDT-FUTURES"),
                entry("marginCoin", "USDT"), entry("orderId", "1251234567890123456"));
        assertThat(cancelled).isEqualTo(new OrderResult("1251234567890123456", "camel-7f3a9c21"));

        wireMock.resetRequests();
        template.requestBody("bitget:futures/cancelOrder?symbol=BTCUSDT&clientOid=camel-7f3a9c21", (Object) null);
        assertThat(body(onlyRequest())).contains(entry("clientOid", "camel-7f3a9c21")).doesNotContainKey("orderId");
    }

    @Test
    void closePositionWithAndWithoutHoldSide() {
        stubPost("/api/v2/mix/order/close-positions", """
                {"successList":[{"orderId":"1251234567890199001","clientOid":"1251234567890199002",
                  "symbol":"BTCUSDT"}],
                 "failureList":[{"orderId":"","clientOid":"","symbol":"ETHUSDT",
                  "errorMsg":"close rejected: symbol close to delivery","errorCode":"22041"}]}""");

        OrderBatchResult closed = template.requestBody("bitget:futures/closePosition",
                new ClosePositionRequest("BTCUSDT", HoldSide.LONG), OrderBatchResult.class);
        template.requestBody("bitget:futures/closePosition?symbol=ETHUSDT", (Object) null);

        List<Map<String, Object>> bodies = wireMock.getAllServeEvents().stream()
                .peek(event -> assertSigned(event.getRequest()))
                .map(event -> body(event.getRequest())).toList();
        assertThat(bodies).containsExactlyInAnyOrder(
                Map.of("symbol", "BTCUSDT", "productType", "USDT-FUTURES", "holdSide", "long"),
                Map.of("symbol", "ETHUSDT", "productType", "USDT-FUTURES"));
        assertThat(closed.successList()).singleElement()
                .satisfies(success -> assertThat(success.orderId()).isEqualTo("1251234567890199001"));
        assertThat(closed.hasFailures()).isTrue();
        assertThat(closed.failureList().get(0).errorCode()).isEqualTo("22041");
    }

    @Test
    void pendingOrdersTreatANullListAsEmpty() {
        stubGet("/api/v2/mix/order/orders-pending", "{\"entrustedList\":null,\"endId\":null}");

        Exchange result = template.request("bitget:futures/pendingOrders?symbol=BTCUSDT", null);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(request.getUrl()).isEqualTo("/api/v2/mix/order/orders-pending?productType=USDT-FUTURES"
                                               + "&symbol=BTCUSDT");
        assertThat(result.getMessage().getBody(List.class)).isEmpty();
        assertThat(result.getMessage().getHeader(BitgetConstants.END_ID)).isNull();
    }

    @Test
    void ordersHistoryDefaultsToFiftyAndReturnsTheCursor() {
        stubGet("/api/v2/mix/order/orders-history", """
                {"entrustedList":[{"symbol":"BTCUSDT","size":"0.01","orderId":"121","clientOid":"c1",
                  "baseVolume":"0.01","fee":"-0.45","price":"0","priceAvg":"76000.1","status":"filled","side":"buy",
                  "force":"gtc","totalProfits":"0","posSide":"net","marginCoin":"USDT","quoteVolume":"760.001",
                  "leverage":"5","marginMode":"isolated","reduceOnly":"NO","enterPointSource":"API",
                  "tradeSide":"buy_single","posMode":"one_way_mode","orderType":"market","orderSource":"market",
                  "cTime":"1731000000000","uTime":"1731000000100"}],"endId":"121"}""");

        Exchange result = template.request("bitget:futures/ordersHistory?idLessThan=200", null);

        assertThat(onlyRequest().getUrl()).isEqualTo(
                "/api/v2/mix/order/orders-history?idLessThan=200&limit=50&productType=USDT-FUTURES");
        List<FuturesOrder> orders = result.getMessage().getBody(List.class);
        FuturesOrder order = orders.get(0);
        assertThat(order.status()).isEqualTo("filled");
        assertThat(order.side()).isEqualTo(Side.BUY);
        assertThat(order.posMode()).isEqualTo(PositionMode.ONE_WAY);
        assertThat(order.orderType()).isEqualTo(OrderType.MARKET);
        assertThat(order.fee()).isEqualTo(new BigDecimal("-0.45"));
        assertThat(order.priceAvg()).isEqualTo(new BigDecimal("76000.1"));
        assertThat(result.getMessage().getHeader(BitgetConstants.END_ID)).isEqualTo("121");
    }

    @Test
    void orderDetailReadsStateAsStatus() {
        stubGet("/api/v2/mix/order/detail", """
                {"symbol":"BTCUSDT","size":"0.01","orderId":"121","clientOid":"c1","state":"live","side":"sell",
                 "marginMode":"crossed","price":"80000","priceAvg":""}""");

        FuturesOrder order = template.requestBody("bitget:futures/orderDetail?symbol=BTCUSDT&clientOid=c1", null,
                FuturesOrder.class);

        assertThat(onlyRequest().getUrl())
                .isEqualTo("/api/v2/mix/order/detail?clientOid=c1&productType=USDT-FUTURES&symbol=BTCUSDT");
        assertThat(order.status()).isEqualTo("live");
        assertThat(order.marginMode()).isEqualTo(MarginMode.CROSSED);
        assertThat(order.priceAvg()).isNull();
    }

    @Test
    void modifyOrderReplacesSizeAndPriceWithAGeneratedNewClientOid() {
        stubPost("/api/v2/mix/order/modify-order", "{\"orderId\":\"121\",\"clientOid\":\"c1\"}");

        template.requestBody("bitget:futures/modifyOrder", ModifyOrderRequest.replace("BTCUSDT", "121",
                new BigDecimal("0.02"), new BigDecimal("75000")));

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        Map<String, Object> body = body(request);
        assertThat(body).containsExactly(entry("symbol", "BTCUSDT"), entry("productType", "USDT-FUTURES"),
                entry("marginCoin", "USDT"), entry("orderId", "121"), entry("newClientOid", body.get("newClientOid")),
                entry("newSize", "0.02"), entry("newPrice", "75000"));
        assertThat((String) body.get("newClientOid")).matches("[A-Za-z0-9_-]{1,32}");
    }

    @Test
    void batchPlaceOrderCompletesEveryOrder() {
        stubPost("/api/v2/mix/order/batch-place-order", """
                {"successList":[{"orderId":"1","clientOid":"b-1"}],
                 "failureList":[{"orderId":"","clientOid":"b-2","errorMsg":"less than the minimum amount 5 USDT",
                                 "errorCode":"45110"}]}""");

        OrderBatchResult result = template.requestBody("bitget:futures/batchPlaceOrder",
                BatchOrderRequest.of("BTCUSDT", List.of(
                        BatchOrderItem.limit(Side.BUY, new BigDecimal("0.01"), new BigDecimal("70000"))
                                .withClientOid("b-1"),
                        BatchOrderItem.market(Side.SELL, new BigDecimal("0.00001")).withTradeSide("open"))),
                OrderBatchResult.class);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        Map<String, Object> body = body(request);
        assertThat(body).containsOnlyKeys("symbol", "productType", "marginCoin", "marginMode", "orderList");
        assertThat(body).contains(entry("symbol", "BTCUSDT"), entry("marginCoin", "USDT"),
                entry("marginMode", "isolated"));
        List<Map<String, Object>> orders = (List<Map<String, Object>>) body.get("orderList");
        assertThat(orders.get(0)).containsExactly(entry("size", "0.01"), entry("price", "70000"), entry("side", "buy"),
                entry("orderType", "limit"), entry("force", "gtc"), entry("clientOid", "b-1"));
        assertThat(orders.get(1)).contains(entry("size", "0.00001"), entry("side", "sell"),
                entry("tradeSide", "open"), entry("orderType", "market"), entry("force", "gtc"));
        assertThat((String) orders.get(1).get("clientOid")).matches("[A-Za-z0-9_-]{1,32}");
        assertThat(result.failureList()).singleElement()
                .satisfies(failure -> assertThat(failure.errorCode()).isEqualTo("45110"));
    }

    @Test
    void batchPlaceOrderAcceptsAPlainListBody() {
        stubPost("/api/v2/mix/order/batch-place-order", "{\"successList\":[],\"failureList\":[]}");

        template.requestBody("bitget:futures/batchPlaceOrder?symbol=ETHUSDT", List.of(
                Map.of("side", "buy", "size", "0.1"), Map.of("side", "buy", "size", "0.2", "clientOid", "x-2")));

        List<Map<String, Object>> orders = (List<Map<String, Object>>) body(onlyRequest()).get("orderList");
        assertThat(orders).hasSize(2);
        assertThat(orders.get(1)).contains(entry("clientOid", "x-2"));
    }

    @Test
    void fillsUnwrapTheFillList() {
        stubGet("/api/v2/mix/order/fills", """
                {"fillList":[{"tradeId":"9001","symbol":"BTCUSDT","orderId":"121","price":"76000.1",
                  "baseVolume":"0.01","feeDetail":[{"deduction":"no","feeCoin":"USDT","totalDeductionFee":"0",
                  "totalFee":"-0.456"}],"side":"buy","quoteVolume":"760.001","profit":"0","enterPointSource":"API",
                  "tradeSide":"open","posMode":"hedge_mode","tradeScope":"taker","cTime":"1731000000000"}],
                 "endId":"9001"}""");

        Exchange result = template.request("bitget:futures/fills?symbol=BTCUSDT&limit=10", null);

        assertThat(onlyRequest().getUrl())
                .isEqualTo("/api/v2/mix/order/fills?limit=10&productType=USDT-FUTURES&symbol=BTCUSDT");
        List<FuturesFill> fills = result.getMessage().getBody(List.class);
        assertThat(fills.get(0).feeDetail().get(0).totalFee()).isEqualTo(new BigDecimal("-0.456"));
        assertThat(fills.get(0).posMode()).isEqualTo(PositionMode.HEDGE);
        assertThat(result.getMessage().getHeader(BitgetConstants.END_ID)).isEqualTo("9001");
    }
}
