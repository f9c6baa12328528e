package io.github.camelbitget.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.model.CancelOrderRequest;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.OrderType;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotOrder;
import io.github.camelbitget.model.SpotOrderRequest;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Spot orders: the seed's spot_place_order and the spot order operations beyond the seed. */
class SpotOrderTest extends WireMockBitgetTestSupport {

    private static final String SPOT_ORDER = """
            {"userId":"8001","symbol":"BTCUSDT","orderId":"3001","clientOid":"s-1","price":"70000",
             "priceAvg":"0","size":"0.001","orderType":"limit","side":"buy","status":"live","basePrice":"0",
             "baseVolume":"0","quoteVolume":"0","enterPointSource":"API","orderSource":"normal",
             "cTime":"1731000000000","uTime":"1731000000000","feeDetail":"{\\"newFees\\":{\\"t\\":0}}",
             "tpslType":"normal","cancelReason":""}""";

    @Test
    void marketOrderWithTheSeedDefaults() {
        stubPost("/api/v2/spot/trade/place-order", "{\"orderId\":\"3001\",\"clientOid\":\"s-1\"}");

        Exchange result = template.request("bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&size=50", null);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        Map<String, Object> body = body(request);
        assertThat(body).containsExactly(entry("symbol", "BTCUSDT"), entry("side", "buy"),
                entry("orderType", "market"), entry("force", "gtc"), entry("size", "50"),
                entry("clientOid", body.get("clientOid")));
        assertThat(result.getMessage().getBody(OrderResult.class).orderId()).isEqualTo("3001");
        assertThat(result.getMessage().getHeader(BitgetConstants.ORDER_ID)).isEqualTo("3001");
    }

    @Test
    void limitOrderFromATypedRequest() {
        stubPost("/api/v2/spot/trade/place-order", "{\"orderId\":\"3002\",\"clientOid\":\"s-2\"}");

        template.requestBody("bitget:spot/placeOrder", SpotOrderRequest.limit("ETHUSDT", Side.SELL,
                new BigDecimal("0.5"), new BigDecimal("3600.10")).withClientOid("s-2").withForce("post_only"));

        assertThat(body(onlyRequest())).containsExactly(entry("symbol", "ETHUSDT"), entry("side", "sell"),
                entry("orderType", "limit"), entry("force", "post_only"), entry("price", "3600.10"),
                entry("size", "0.5"), entry("clientOid", "s-2"));
    }

    @Test
    void cancelOrder() {
        stubPost("/api/v2/spot/trade/cancel-order", "{\"orderId\":\"3001\",\"clientOid\":\"s-1\"}");

        template.requestBody("bitget:spot/cancelOrder", CancelOrderRequest.byClientOid("BTCUSDT", "s-1"));

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(body(request)).containsExactly(entry("symbol", "BTCUSDT"), entry("clientOid", "s-1"));
    }

    @Test
    void openOrdersHistoryAndDetailAreListsOfSpotOrders() {
        stubGet("/api/v2/spot/trade/unfilled-orders", "[" + SPOT_ORDER + "]");
        stubGet("/api/v2/spot/trade/history-orders", "[]");
        stubGet("/api/v2/spot/trade/orderInfo", "[" + SPOT_ORDER + "]");

        List<SpotOrder> open = template.requestBody("bitget:spot/openOrders?symbol=BTCUSDT&limit=100",
                (Object) null, List.class);
        List<SpotOrder> history = template.requestBody("bitget:spot/ordersHistory?startTime=1730000000000"
                                                       + "&endTime=1731000000000", (Object) null, List.class);
        List<SpotOrder> detail = template.requestBody("bitget:spot/orderDetail?orderId=3001", (Object) null,
                List.class);

        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .containsExactlyInAnyOrder("/api/v2/spot/trade/unfilled-orders?limit=100&symbol=BTCUSDT",
                        "/api/v2/spot/trade/history-orders?endTime=1731000000000&startTime=1730000000000",
                        "/api/v2/spot/trade/orderInfo?orderId=3001");
        wireMock.getAllServeEvents().forEach(event -> assertSigned(event.getRequest()));
        assertThat(open.get(0).orderType()).isEqualTo(OrderType.LIMIT);
        assertThat(open.get(0).price()).isEqualTo(new BigDecimal("70000"));
        assertThat(open.get(0).feeDetail()).isEqualTo("{\"newFees\":{\"t\":0}}");
        assertThat(history).isEmpty();
        assertThat(detail).singleElement().satisfies(order -> assertThat(order.clientOid()).isEqualTo("s-1"));
    }

    @Test
    void fillsWithAnObjectFeeDetail() {
        stubGet("/api/v2/spot/trade/fills", """
                [{"userId":"8001","symbol":"BTCUSDT","orderId":"3001","tradeId":"7001","orderType":"market",
                  "side":"buy","priceAvg":"76000.5","size":"0.001","amount":"76.0005","cTime":"1731000000000",
                  "uTime":"1731000000000","tradeScope":"taker","feeDetail":{"deduction":"no","feeCoin":"BTC",
                  "totalDeductionFee":"0","totalFee":"-0.000001"}}]""");

        List<SpotFill> fills = template.requestBody("bitget:spot/fills?symbol=BTCUSDT", (Object) null, List.class);

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v2/spot/trade/fills?symbol=BTCUSDT");
        assertThat(fills.get(0).feeDetail().totalFee()).isEqualTo(new BigDecimal("-0.000001"));
        assertThat(fills.get(0).amount()).isEqualTo(new BigDecimal("76.0005"));
    }
}
