package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.exception.BitgetUnsupportedOperationException;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.AccountSettings;
import io.github.camelbitget.model.BatchOrderItem;
import io.github.camelbitget.model.BatchOrderRequest;
import io.github.camelbitget.model.CountdownResult;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesFill;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.LeverageResult;
import io.github.camelbitget.model.MarginMode;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.OrderType;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.PositionMode;
import io.github.camelbitget.model.PositionModeResult;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.model.SpotAsset;
import io.github.camelbitget.model.SpotFill;
import io.github.camelbitget.model.SpotOrder;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unified trading accounts: every operation's v3 request exactly as sent (path, query, body, signature) and its answer
 * read into the same records classic accounts get (bitget-v3-uta.md §7.9, §7.10, samples §11).
 */
class UnifiedWireTest extends WireMockBitgetTestSupport {

    static final String SETTINGS = "/api/v3/account/settings";
    private static final String PLACED = "{\"orderId\":\"1334567890123456789\",\"clientOid\":\"cb-uta-1\"}";
    private static final String ASSETS = """
            {"accountEquity":"2530.4411","usdtEquity":"2530.9021","btcEquity":"0.02338","unrealisedPnl":"12.5",
             "usdtUnrealisedPnl":"12.5021","btcUnrealizedPnl":"0.000115","effEquity":"2498.1","mmr":"4.31",
             "imr":"108.25","mgnRatio":"0.0017","positionMgnRatio":"0.0017",
             "assets":[{"coin":"USDT","equity":"2420.51","usdValue":"2420.27","balance":"2408.01",
                        "available":"2300.12","debt":"0","locked":"107.89"},
                       {"coin":"BTC","equity":"0.001","usdValue":"108.25","balance":"0.001","available":"0.0004",
                        "debt":"0","locked":"0.0006"}]}""";
    private static final String HEDGE_ORDER = """
            {"orderId":"1334567890123450001","clientOid":"cb-uta-2","category":"USDT-FUTURES","symbol":"BTCUSDT",
             "orderType":"limit","side":"sell","price":"110000","qty":"0.01","amount":"0","cumExecQty":"0.004",
             "cumExecValue":"440","avgPrice":"110000","timeInForce":"gtc","orderStatus":"cancelled",
             "posSide":"long","holdMode":"hedge_mode","reduceOnly":"no","stpMode":"none",
             "feeDetail":[{"feeCoin":"USDT","fee":"-0.264"}],"takeProfit":"","stopLoss":"99000",
             "createdTime":"1751999000000","updatedTime":"1751999000021"}""";
    private static final String FILL = """
            {"execId":"9001","execLinkId":"9002","orderId":"1334567890123450001","clientOid":"cb-uta-2",
             "category":"USDT-FUTURES","symbol":"BTCUSDT","orderType":"market","side":"sell","execPrice":"108250",
             "execQty":"0.01","execValue":"1082.5","tradeScope":"taker","tradeSide":"close_long",
             "feeDetail":[{"feeCoin":"USDT","fee":"-0.6495"}],"execPnl":"12.5","createdTime":"1752000005000",
             "updatedTime":"1752000005012"}""";

    private String holdMode = "hedge_mode";

    @Override
    protected String accountType() {
        return "unified";
    }

    private void stubSettings() {
        stubGet(SETTINGS, """
                {"uid":"4123456789","accountMode":"unified","accountLevel":"advanced","assetMode":"multi_assets",
                 "holdMode":"%s","stpMode":"none",
                 "symbolConfigList":[{"category":"USDT-FUTURES","symbol":"BTCUSDT","marginMode":"crossed",
                                      "leverage":"10"}]}""".formatted(holdMode));
    }

    private LoggedRequest signedRequestTo(String path) {
        LoggedRequest request = onlyRequestTo(path);
        assertSigned(request);
        assertThat(sentPaths()).as("the account settings are read once, first").startsWith(SETTINGS)
                .containsOnlyOnce(SETTINGS);
        return request;
    }

    @Test
    void futuresAccountsAreTheMarginCoinOfTheUnifiedAccount() {
        stubSettings();
        stubGet("/api/v3/account/assets", ASSETS);

        Exchange result = template.request("bitget:futures/accounts", null);

        LoggedRequest request = signedRequestTo("/api/v3/account/assets");
        assertThat(request.getUrl()).isEqualTo("/api/v3/account/assets");
        List<FuturesAccount> accounts = result.getMessage().getBody(List.class);
        assertThat(accounts).singleElement().satisfies(usdt -> {
            assertThat(usdt.marginCoin()).isEqualTo("USDT");
            assertThat(usdt.available()).isEqualByComparingTo("2300.12");
            assertThat(usdt.locked()).isEqualByComparingTo("107.89");
            assertThat(usdt.accountEquity()).isEqualByComparingTo("2420.51");
            assertThat(usdt.usdtEquity()).isEqualByComparingTo("2530.9021");
            assertThat(usdt.unrealizedPL()).isEqualByComparingTo("12.5");
            assertThat(usdt.unionMm()).isEqualByComparingTo("4.31");
            assertThat(usdt.assetList()).extracting("coin").containsExactly("USDT", "BTC");
        });
        assertThat(result.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.UNIFIED);
    }

    @Test
    void spotAssetsAreFilteredByCoinOnOurSide() {
        stubSettings();
        stubGet("/api/v3/account/assets", ASSETS);

        List<SpotAsset> assets = template.requestBody("bitget:spot/assets?coin=BTC", null, List.class);

        assertThat(signedRequestTo("/api/v3/account/assets").getUrl()).isEqualTo("/api/v3/account/assets");
        assertThat(assets).singleElement().satisfies(btc -> {
            assertThat(btc.coin()).isEqualTo("BTC");
            assertThat(btc.available()).isEqualByComparingTo("0.0004");
            assertThat(btc.frozen()).as("v3 locked = held by orders = v2 frozen").isEqualByComparingTo("0.0006");
        });
    }

    @Test
    void positionsUseTheV3NamesReadIntoThePositionRecord() {
        stubSettings();
        stubGet("/api/v3/position/current-position", """
                {"list":[{"category":"USDT-FUTURES","symbol":"BTCUSDT","marginCoin":"USDT","holdMode":"hedge_mode",
                  "posSide":"long","marginMode":"crossed","positionBalance":"108.25","available":"0.01","frozen":"0",
                  "total":"0.01","leverage":"10","curRealisedPnl":"0","avgPrice":"107000","positionStatus":"normal",
                  "unrealisedPnl":"12.504","liquidationPrice":"0","mmr":"0.004","profitRate":"0.1155",
                  "markPrice":"108250.4","breakEvenPrice":"107064.2","totalFunding":"-0.0421","openFeeTotal":"-0.642",
                  "closeFeeTotal":"0","createdTime":"1751990000000","updatedTime":"1752000003990"},
                 {"category":"USDT-FUTURES","symbol":"BTCPERP","marginCoin":"USDC","holdMode":"hedge_mode",
                  "posSide":"short","total":"1"}]}""");

        List<Position> positions = template.requestBody("bitget:futures/positions", null, List.class);

        LoggedRequest request = signedRequestTo("/api/v3/position/current-position");
        assertThat(query(request)).containsExactly(entry("category", "USDT-FUTURES"));
        assertThat(positions).as("the v2 marginCoin filter is kept").singleElement().satisfies(long_ -> {
            assertThat(long_.symbol()).isEqualTo("BTCUSDT");
            assertThat(long_.holdSide()).isEqualTo(HoldSide.LONG);
            assertThat(long_.openPriceAvg()).isEqualByComparingTo("107000");
            assertThat(long_.unrealizedPL()).isEqualByComparingTo("12.504");
            assertThat(long_.marginSize()).isEqualByComparingTo("108.25");
            assertThat(long_.total()).isEqualByComparingTo("0.01");
            assertThat(long_.marginMode()).isEqualTo(MarginMode.CROSSED);
            assertThat(long_.posMode()).isEqualTo(PositionMode.HEDGE);
            assertThat(long_.totalFee()).isEqualByComparingTo("-0.0421");
            assertThat(long_.cTime()).isEqualTo(1751990000000L);
        });
    }

    @Test
    void pendingOrdersPageWithTheCursorAndNameThePositionInSideAgain() {
        stubSettings();
        stubGet("/api/v3/trade/unfilled-orders", "{\"list\":[" + HEDGE_ORDER + "],\"cursor\":\"1334567890123450001\"}");

        Exchange result = template.request(
                "bitget:futures/pendingOrders?symbol=BTCUSDT&idLessThan=1334567890123459999&limit=10", null);

        LoggedRequest request = signedRequestTo("/api/v3/trade/unfilled-orders");
        assertThat(request.getUrl()).isEqualTo("/api/v3/trade/unfilled-orders?category=USDT-FUTURES"
                                               + "&cursor=1334567890123459999&limit=10&symbol=BTCUSDT");
        List<FuturesOrder> orders = result.getMessage().getBody(List.class);
        assertThat(orders).singleElement().satisfies(order -> {
            assertThat(order.side()).as("a sell closing the long is side=buy, tradeSide=close in v2")
                    .isEqualTo(Side.BUY);
            assertThat(order.tradeSide()).isEqualTo("close");
            assertThat(order.posSide()).isEqualTo("long");
            assertThat(order.status()).isEqualTo("canceled");
            assertThat(order.size()).isEqualByComparingTo("0.01");
            assertThat(order.baseVolume()).isEqualByComparingTo("0.004");
            assertThat(order.quoteVolume()).isEqualByComparingTo("440");
            assertThat(order.priceAvg()).isEqualByComparingTo("110000");
            assertThat(order.fee()).isEqualByComparingTo("-0.264");
            assertThat(order.force()).isEqualTo("gtc");
            assertThat(order.orderType()).isEqualTo(OrderType.LIMIT);
            assertThat(order.reduceOnly()).isEqualTo("NO");
            assertThat(order.presetStopSurplusPrice()).isNull();
            assertThat(order.presetStopLossPrice()).isEqualByComparingTo("99000");
            assertThat(order.posMode()).isEqualTo(PositionMode.HEDGE);
        });
        assertThat(result.getMessage().getHeader(BitgetConstants.END_ID)).isEqualTo("1334567890123450001");
    }

    @Test
    void orderHistoryFiltersByOrderIdOnOurSide() {
        stubSettings();
        stubGet("/api/v3/trade/history-orders", "{\"list\":[" + HEDGE_ORDER + ","
                                                + HEDGE_ORDER.replace("1334567890123450001", "1334567890123450002")
                                                + "]}");

        List<FuturesOrder> orders = template.requestBody(
                "bitget:futures/ordersHistory?productType=USDC-FUTURES&orderId=1334567890123450002", null, List.class);

        LoggedRequest request = signedRequestTo("/api/v3/trade/history-orders");
        assertThat(query(request)).containsExactly(entry("category", "USDC-FUTURES"), entry("limit", "50"));
        assertThat(orders).extracting(FuturesOrder::orderId).containsExactly("1334567890123450002");
    }

    @Test
    void hedgeModeCloseLongIsASellForThePositionLong() {
        stubSettings();
        stubPost("/api/v3/trade/place-order", PLACED);

        Exchange result = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&tradeSide=close"
                                           + "&size=0.01&clientOid=cb-uta-1", null);

        LoggedRequest request = signedRequestTo("/api/v3/trade/place-order");
        assertThat(body(request)).containsExactly(entry("category", "USDT-FUTURES"), entry("symbol", "BTCUSDT"),
                entry("qty", "0.01"), entry("orderType", "market"), entry("side", "sell"), entry("posSide", "long"),
                entry("clientOid", "cb-uta-1"));
        assertThat(result.getMessage().getBody(OrderResult.class).orderId()).isEqualTo("1334567890123456789");
        assertThat(result.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.UNIFIED);
    }

    @Test
    void hedgeModeOpenShortKeepsTheSide() {
        stubSettings();
        stubPost("/api/v3/trade/place-order", PLACED);

        template.requestBody("bitget:futures/placeOrder?symbol=ETHUSDT&side=sell&tradeSide=open&size=0.5"
                             + "&orderType=limit&price=3500&force=post_only&presetStopSurplusPrice=3000"
                             + "&presetStopLossPrice=3700&clientOid=cb-uta-3", (Object) null);

        assertThat(body(signedRequestTo("/api/v3/trade/place-order"))).containsExactly(
                entry("category", "USDT-FUTURES"), entry("symbol", "ETHUSDT"), entry("qty", "0.5"),
                entry("price", "3500"), entry("orderType", "limit"), entry("timeInForce", "post_only"),
                entry("side", "sell"), entry("posSide", "short"), entry("clientOid", "cb-uta-3"),
                entry("takeProfit", "3000"), entry("stopLoss", "3700"));
    }

    @Test
    void hedgeModeOrderWithoutTradeSideFailsBeforeSending() {
        stubSettings();

        assertThatThrownBy(() -> template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", (Object) null)).cause().isInstanceOf(BitgetValidationException.class)
                .hasMessageContaining("'tradeSide'").hasMessageContaining("hedge mode");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void oneWayModeSendsReduceOnlyInLowerCaseAndAGivenMarginMode() {
        holdMode = "one_way_mode";
        stubSettings();
        stubPost("/api/v3/trade/place-order", PLACED);

        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=sell&tradeSide=close&size=0.01"
                             + "&reduceOnly=YES&marginMode=crossed&clientOid=cb-uta-4", (Object) null);

        assertThat(body(signedRequestTo("/api/v3/trade/place-order"))).as("v2 ignores tradeSide in one-way mode")
                .containsExactly(entry("category", "USDT-FUTURES"), entry("symbol", "BTCUSDT"), entry("qty", "0.01"),
                        entry("orderType", "market"), entry("side", "sell"), entry("reduceOnly", "yes"),
                        entry("clientOid", "cb-uta-4"), entry("marginMode", "crossed"));
    }

    @Test
    void spotLimitOrder() {
        stubSettings();
        stubPost("/api/v3/trade/place-order", PLACED);

        template.requestBody("bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&orderType=limit&price=60000"
                             + "&size=0.001&clientOid=cb-uta-5", (Object) null);

        assertThat(body(signedRequestTo("/api/v3/trade/place-order"))).containsExactly(entry("category", "SPOT"),
                entry("symbol", "BTCUSDT"), entry("qty", "0.001"), entry("price", "60000"),
                entry("orderType", "limit"), entry("timeInForce", "gtc"), entry("side", "buy"),
                entry("clientOid", "cb-uta-5"));
    }

    @Test
    void cancelNamesTheOrderAndCategoryOnly() {
        stubSettings();
        stubPost("/api/v3/trade/cancel-order", PLACED);

        template.requestBody("bitget:futures/cancelOrder?symbol=BTCUSDT&orderId=1334567890123456789", (Object) null);
        assertThat(body(signedRequestTo("/api/v3/trade/cancel-order"))).containsExactly(
                entry("category", "USDT-FUTURES"), entry("orderId", "1334567890123456789"));

        wireMock.resetRequests();
        template.requestBody("bitget:spot/cancelOrder?symbol=BTCUSDT&clientOid=cb-uta-5", (Object) null);
        assertThat(body(onlyRequestTo("/api/v3/trade/cancel-order"))).containsExactly(entry("category", "SPOT"),
                entry("clientOid", "cb-uta-5"));
    }

    @Test
    void closePositionNamesThePositionSideAndReportsEachOrder() {
        stubSettings();
        stubPost("/api/v3/trade/close-positions", """
                {"list":[{"orderId":"1334567890123459001","clientOid":"1334567890123459002","code":"","msg":""},
                         {"orderId":"","clientOid":"","code":"25227","msg":"No position available to close"}]}""");

        OrderBatchResult result = template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT&holdSide=long",
                null, OrderBatchResult.class);

        assertThat(body(signedRequestTo("/api/v3/trade/close-positions"))).containsExactly(
                entry("category", "USDT-FUTURES"), entry("symbol", "BTCUSDT"), entry("posSide", "long"));
        assertThat(result.successList()).singleElement().satisfies(closed -> {
            assertThat(closed.orderId()).isEqualTo("1334567890123459001");
            assertThat(closed.symbol()).isEqualTo("BTCUSDT");
        });
        assertThat(result.failureList()).singleElement().satisfies(failed -> {
            assertThat(failed.errorCode()).isEqualTo("25227");
            assertThat(failed.errorMsg()).isEqualTo("No position available to close");
        });
    }

    @Test
    void setLeverageAnswersWithTheAcceptedLeverage() {
        stubSettings();
        stubPost("/api/v3/account/set-leverage", "\"success\"");

        LeverageResult result = template.requestBody("bitget:futures/setLeverage?symbol=BTCUSDT&leverage=20",
                null, LeverageResult.class);

        assertThat(body(signedRequestTo("/api/v3/account/set-leverage"))).containsExactly(
                entry("category", "USDT-FUTURES"), entry("symbol", "BTCUSDT"), entry("leverage", "20"));
        assertThat(result.symbol()).isEqualTo("BTCUSDT");
        assertThat(result.longLeverage()).isEqualByComparingTo("20");
        assertThat(result.shortLeverage()).isEqualByComparingTo("20");
    }

    @Test
    void setPositionModeIsTheAccountsHoldMode() {
        stubSettings();
        stubPost("/api/v3/account/set-hold-mode", "\"success\"");

        PositionModeResult result = template.requestBody("bitget:futures/setPositionMode?posMode=one_way_mode",
                null, PositionModeResult.class);

        assertThat(body(signedRequestTo("/api/v3/account/set-hold-mode")))
                .containsExactly(entry("holdMode", "one_way_mode"));
        assertThat(result.posMode()).isEqualTo(PositionMode.ONE_WAY);
    }

    @Test
    void setMarginModeHasNoV3EquivalentAndIsRefusedBeforeSending() {
        stubSettings();

        assertThatThrownBy(() -> template.requestBody(
                "bitget:futures/setMarginMode?symbol=BTCUSDT&marginMode=crossed", (Object) null)).cause()
                .isInstanceOf(BitgetUnsupportedOperationException.class)
                .hasMessageContaining("futures/setMarginMode is not available for unified trading accounts");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void modifyOrderChangesQuantityAndPrice() {
        stubSettings();
        stubPost("/api/v3/trade/modify-order", PLACED);

        template.requestBody("bitget:futures/modifyOrder?symbol=BTCUSDT&clientOid=cb-uta-1&newSize=0.02"
                             + "&newPrice=61000", (Object) null);

        assertThat(body(signedRequestTo("/api/v3/trade/modify-order"))).containsExactly(
                entry("category", "USDT-FUTURES"), entry("symbol", "BTCUSDT"), entry("clientOid", "cb-uta-1"),
                entry("qty", "0.02"), entry("price", "61000"));
    }

    @Test
    void modifyOrderCannotChangeTakeProfitOnAUnifiedAccount() {
        stubSettings();

        assertThatThrownBy(() -> template.requestBody("bitget:futures/modifyOrder?symbol=BTCUSDT&orderId=1"
                                                      + "&newPresetStopSurplusPrice=70000", (Object) null)).cause()
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("newPresetStopSurplusPrice");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void batchOrdersAreAJsonArrayOfOrders() {
        stubSettings();
        stubPost("/api/v3/trade/place-batch", """
                [{"orderId":"1","clientOid":"cb-b-1","code":"00000","msg":"success"},
                 {"orderId":"","clientOid":"cb-b-2","code":"25203","msg":"Insufficient margin"}]""");

        OrderBatchResult result = template.requestBody("bitget:futures/batchPlaceOrder", new BatchOrderRequest(
                "BTCUSDT", null, null, null, List.of(
                        new BatchOrderItem(new BigDecimal("0.01"), null, Side.BUY, "open", null, null, "cb-b-1",
                                null, null, null),
                        new BatchOrderItem(new BigDecimal("0.02"), new BigDecimal("60000"), Side.SELL, "close",
                                OrderType.LIMIT, null, "cb-b-2", null, null, null))), OrderBatchResult.class);

        LoggedRequest request = signedRequestTo("/api/v3/trade/place-batch");
        assertThat(arrayBody(request)).satisfiesExactly(
                first -> assertThat(first).containsExactly(entry("category", "USDT-FUTURES"),
                        entry("symbol", "BTCUSDT"), entry("qty", "0.01"), entry("orderType", "market"),
                        entry("side", "buy"), entry("posSide", "long"), entry("clientOid", "cb-b-1")),
                second -> assertThat(second).containsExactly(entry("category", "USDT-FUTURES"),
                        entry("symbol", "BTCUSDT"), entry("qty", "0.02"), entry("price", "60000"),
                        entry("orderType", "limit"), entry("timeInForce", "gtc"), entry("side", "buy"),
                        entry("posSide", "short"), entry("clientOid", "cb-b-2")));
        assertThat(result.successList()).extracting("clientOid").containsExactly("cb-b-1");
        assertThat(result.failureList()).extracting("errorCode").containsExactly("25203");
    }

    @Test
    void aBatchAboveTwentyOrdersIsRefusedForAUnifiedAccount() {
        stubSettings();
        List<BatchOrderItem> orders = IntStream.range(0, 21).mapToObj(i -> new BatchOrderItem(
                new BigDecimal("0.01"), null, Side.BUY, "open", null, null, null, null, null, null)).toList();

        assertThatThrownBy(() -> template.requestBody("bitget:futures/batchPlaceOrder",
                new BatchOrderRequest("BTCUSDT", null, null, null, orders))).cause()
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("at most 20 orders")
                .hasMessageContaining("got 21");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void orderDetailByClientOidNeedsNoSymbol() {
        stubSettings();
        stubGet("/api/v3/trade/order-info", HEDGE_ORDER);

        FuturesOrder order = template.requestBody("bitget:futures/orderDetail?symbol=BTCUSDT&clientOid=cb-uta-2",
                null, FuturesOrder.class);

        assertThat(signedRequestTo("/api/v3/trade/order-info").getUrl())
                .isEqualTo("/api/v3/trade/order-info?clientOid=cb-uta-2");
        assertThat(order.orderId()).isEqualTo("1334567890123450001");
        assertThat(order.status()).isEqualTo("canceled");
    }

    @Test
    void spotOrderDetailIsAListAsOnV2() {
        stubSettings();
        stubGet("/api/v3/trade/order-info", HEDGE_ORDER.replace("USDT-FUTURES", "SPOT")
                .replace("\"cancelled\"", "\"filled\""));

        List<SpotOrder> orders = template.requestBody("bitget:spot/orderDetail?orderId=1334567890123450001", null,
                List.class);

        assertThat(signedRequestTo("/api/v3/trade/order-info").getUrl())
                .isEqualTo("/api/v3/trade/order-info?orderId=1334567890123450001");
        assertThat(orders).singleElement().satisfies(order -> {
            assertThat(order.side()).as("spot keeps the trade direction").isEqualTo(Side.SELL);
            assertThat(order.status()).isEqualTo("filled");
            assertThat(order.baseVolume()).isEqualByComparingTo("0.004");
            assertThat(order.feeDetail()).contains("\"fee\":-0.264");
        });
    }

    @Test
    void spotOrderListsUseCategorySpot() {
        stubSettings();
        stubGet("/api/v3/trade/unfilled-orders", "{\"list\":[],\"cursor\":\"\"}");
        stubGet("/api/v3/trade/history-orders", "{\"list\":[]}");

        Exchange open = template.request("bitget:spot/openOrders?symbol=ETHUSDT", null);
        template.requestBody("bitget:spot/ordersHistory?startTime=1751990000000&endTime=1752000000000", (Object) null);

        assertThat(query(onlyRequestTo("/api/v3/trade/unfilled-orders"))).containsExactly(entry("category", "SPOT"),
                entry("symbol", "ETHUSDT"));
        assertThat(query(onlyRequestTo("/api/v3/trade/history-orders"))).containsExactly(entry("category", "SPOT"),
                entry("endTime", "1752000000000"), entry("startTime", "1751990000000"));
        assertThat(open.getMessage().getBody(List.class)).isEmpty();
        assertThat(open.getMessage().getHeader(BitgetConstants.END_ID)).as("an empty cursor is no cursor").isNull();
    }

    @Test
    void fillsNameThePositionSideAsV2() {
        stubSettings();
        stubGet("/api/v3/trade/fills", "{\"list\":[" + FILL + "," + FILL.replace("BTCUSDT", "ETHUSDT") + "]}");

        List<FuturesFill> fills = template.requestBody("bitget:futures/fills?symbol=BTCUSDT"
                                                       + "&orderId=1334567890123450001", null, List.class);

        assertThat(query(signedRequestTo("/api/v3/trade/fills"))).containsExactly(entry("category", "USDT-FUTURES"),
                entry("orderId", "1334567890123450001"));
        assertThat(fills).as("symbol is filtered on our side").singleElement().satisfies(fill -> {
            assertThat(fill.tradeId()).isEqualTo("9001");
            assertThat(fill.side()).isEqualTo(Side.BUY);
            assertThat(fill.tradeSide()).isEqualTo("close");
            assertThat(fill.price()).isEqualByComparingTo("108250");
            assertThat(fill.baseVolume()).isEqualByComparingTo("0.01");
            assertThat(fill.profit()).isEqualByComparingTo("12.5");
            assertThat(fill.feeDetail()).singleElement().satisfies(fee -> {
                assertThat(fee.feeCoin()).isEqualTo("USDT");
                assertThat(fee.totalFee()).isEqualByComparingTo("-0.6495");
            });
        });
    }

    @Test
    void spotFills() {
        stubSettings();
        stubGet("/api/v3/trade/fills", "{\"list\":[" + FILL.replace("USDT-FUTURES", "SPOT") + "]}");

        List<SpotFill> fills = template.requestBody("bitget:spot/fills?limit=5", null, List.class);

        assertThat(query(signedRequestTo("/api/v3/trade/fills"))).containsExactly(entry("category", "SPOT"),
                entry("limit", "5"));
        assertThat(fills).singleElement().satisfies(fill -> {
            assertThat(fill.priceAvg()).isEqualByComparingTo("108250");
            assertThat(fill.amount()).isEqualByComparingTo("1082.5");
            assertThat(fill.feeDetail().totalFee()).isEqualByComparingTo("-0.6495");
        });
    }

    @Test
    void countdownCancelAllKeepsTheDeadManSwitchArmed() {
        stubSettings();
        stubPost("/api/v3/trade/countdown-cancel-all", "\"success\"");

        CountdownResult result = template.requestBody("bitget:futures/countdownCancelAll?countdown=10", null,
                CountdownResult.class);

        assertThat(body(signedRequestTo("/api/v3/trade/countdown-cancel-all")))
                .containsExactly(entry("countdown", "10"));
        assertThat(result.countdown()).isEqualTo(10);
    }

    @Test
    void countdownOutsideBitgetsRangeFailsBeforeSending() {
        assertThatThrownBy(() -> template.requestBody("bitget:spot/countdownCancelAll?countdown=3", (Object) null)).cause()
                .isInstanceOf(BitgetValidationException.class)
                .hasMessageContaining("0 (switch off) or 5 to 60 seconds");
        assertNothingSent();
    }

    @Test
    void accountSettingsAreAnOperationToo() {
        stubSettings();

        AccountSettings settings = template.requestBody("bitget:futures/accountSettings", null,
                AccountSettings.class);

        assertThat(settings.accountMode()).isEqualTo("unified");
        assertThat(settings.holdMode()).isEqualTo(PositionMode.HEDGE);
        assertThat(settings.symbolConfigList()).singleElement().satisfies(config -> {
            assertThat(config.marginMode()).isEqualTo(MarginMode.CROSSED);
            assertThat(config.leverage()).isEqualByComparingTo("10");
        });
        assertThat(wireMock.getAllServeEvents()).as("the account question, then the operation").hasSize(2)
                .allSatisfy(event -> assertThat(event.getRequest().getUrl()).as("no stray '?' (40009 on v3)")
                        .isEqualTo(SETTINGS));
    }

    static Stream<Operation> v3Operations() {
        return Arrays.stream(Operation.values()).filter(operation -> operation.unified().isV3());
    }

    @ParameterizedTest
    @MethodSource("v3Operations")
    void everyV3RequestIsSignedAndCarriesTheDemoHeaderInDemoMode(Operation operation) {
        holdMode = "one_way_mode";
        stubSettings();
        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withBody(envelope("null"))));

        for (String mode : List.of("live", "demo")) {
            wireMock.resetRequests();
            Exchange exchange = template.request("bitget:spot/serverTime",
                    e -> e.getMessage().setHeaders(OperationSamples.headersFor(operation, mode)));

            assertThat(exchange.getException()).as(operation + " in " + mode).isNull();
            List<LoggedRequest> sent = wireMock.findAll(anyRequestedFor(urlPathEqualTo(operation.unified().path())));
            assertThat(sent).as(operation + " in " + mode).isNotEmpty();
            LoggedRequest request = sent.get(sent.size() - 1);
            assertSigned(request);
            assertThat(request.getHeader("paptrading")).as(mode).isEqualTo(mode.equals("demo") ? "1" : null);
        }
    }

    @Test
    void publicMarketDataStaysOnTheV2EndpointsWithoutAskingAboutTheAccount() {
        stubGet("/api/v2/spot/market/tickers", "[]");

        Exchange result = template.request("bitget:spot/tickers", null);

        assertThat(sentPaths()).containsExactly("/api/v2/spot/market/tickers");
        assertThat(result.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isNull();
    }
}
