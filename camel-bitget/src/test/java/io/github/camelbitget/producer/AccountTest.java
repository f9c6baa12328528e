package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.LeverageRequest;
import io.github.camelbitget.model.LeverageResult;
import io.github.camelbitget.model.MarginMode;
import io.github.camelbitget.model.MarginModeResult;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.PositionMode;
import io.github.camelbitget.model.PositionModeResult;
import io.github.camelbitget.model.SpotAsset;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.junit.jupiter.api.Test;

/** Accounts, wallets, positions and account settings. */
class AccountTest extends WireMockBitgetTestSupport {

    @Test
    void futuresAccounts() {
        stubGet("/api/v2/mix/account/accounts", """
                [{"marginCoin":"USDT","locked":"0","available":"9876.54321","crossedMaxAvailable":"9876.54",
                  "isolatedMaxAvailable":"9876.54","maxTransferOut":"9800","accountEquity":"10012.1",
                  "usdtEquity":"10012.1","btcEquity":"0.1317","crossedRiskRate":"0","unrealizedPL":"",
                  "coupon":"0","unionTotalMagin":"10000","unionAvailable":"9000","unionMm":"10",
                  "assetList":null,"assetMode":"single"}]""");

        List<FuturesAccount> accounts = template.requestBody("bitget:futures/accounts", (Object) null, List.class);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(request.getUrl()).isEqualTo("/api/v2/mix/account/accounts?productType=USDT-FUTURES");
        FuturesAccount usdt = accounts.get(0);
        assertThat(usdt.available()).isEqualTo(new BigDecimal("9876.54321"));
        assertThat(usdt.unrealizedPL()).isNull();
        assertThat(usdt.unionTotalMargin()).isEqualTo(new BigDecimal("10000"));
        assertThat(usdt.assetList()).isEmpty();
    }

    @Test
    void spotAssetsAllOrOneCoin() {
        stubGet("/api/v2/spot/account/assets", """
                [{"coin":"USDT","available":"1000.5","frozen":"10","locked":"0","limitAvailable":"0",
                  "uTime":"1731000000000"}]""");

        List<SpotAsset> assets = template.requestBody("bitget:spot/assets", (Object) null, List.class);
        template.requestBody("bitget:spot/assets?coin=usdt", (Object) null);

        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .containsExactlyInAnyOrder("/api/v2/spot/account/assets", "/api/v2/spot/account/assets?coin=USDT");
        wireMock.getAllServeEvents().forEach(event -> assertSigned(event.getRequest()));
        assertThat(assets.get(0).frozen()).isEqualTo(new BigDecimal("10"));
    }

    @Test
    void positionsSendTheSeedMarginCoinAndParseBitgetFields() {
        stubGet("/api/v2/mix/position/all-position", """
                [{"symbol":"BTCUSDT","marginCoin":"USDT","holdSide":"long","openDelegateSize":"0",
                  "marginSize":"152.0","available":"0.01","locked":"0","total":"0.01","leverage":"5",
                  "achievedProfits":"0","openPriceAvg":"76000","marginMode":"isolated","posMode":"hedge_mode",
                  "unrealizedPL":"1.2","liquidationPrice":"61000.5","keepMarginRate":"0.004","markPrice":"76120",
                  "marginRatio":"0.01","breakEvenPrice":"76045.6","totalFee":"","deductedFee":"0.45",
                  "cTime":"1731000000000","assetMode":"single","uTime":"1731000000100"},
                 {"symbol":"ETHUSDT","marginCoin":"USDT","holdSide":"short","total":"0.5","leverage":10,
                  "openPriceAvg":"3500","marginMode":"cross","posMode":"one_way_mode"}]""");

        List<Position> positions = template.requestBody("bitget:futures/positions", (Object) null, List.class);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(request.getUrl())
                .isEqualTo("/api/v2/mix/position/all-position?marginCoin=USDT&productType=USDT-FUTURES");
        Position btc = positions.get(0);
        assertThat(btc.holdSide()).isEqualTo(HoldSide.LONG);
        assertThat(btc.openPriceAvg()).isEqualTo(new BigDecimal("76000"));
        assertThat(btc.liquidationPrice()).isEqualTo(new BigDecimal("61000.5"));
        assertThat(btc.totalFee()).isNull();
        assertThat(btc.posMode()).isEqualTo(PositionMode.HEDGE);
        Position eth = positions.get(1);
        assertThat(eth.leverage()).isEqualTo(new BigDecimal("10"));
        assertThat(eth.marginMode()).isEqualTo(MarginMode.CROSSED);
        assertThat(eth.holdSide()).isEqualTo(HoldSide.SHORT);
    }

    @Test
    void positionsOfCoinMarginedFuturesLeaveTheMarginCoinOut() {
        stubGet("/api/v2/mix/position/all-position", "[]");

        List<Position> positions = template.requestBody("bitget:futures/positions?productType=COIN-FUTURES",
                (Object) null, List.class);

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v2/mix/position/all-position?productType=COIN-FUTURES");
        assertThat(positions).isEmpty();
    }

    @Test
    void setLeverageAsInTheSeed() {
        stubPost("/api/v2/mix/account/set-leverage", """
                {"symbol":"BTCUSDT","marginCoin":"USDT","longLeverage":"5","shortLeverage":"5",
                 "crossMarginLeverage":"5","marginMode":"crossed"}""");

        LeverageResult result = template.requestBody("bitget:futures/setLeverage?symbol=BTCUSDT&leverage=5",
                (Object) null, LeverageResult.class);
        template.requestBody("bitget:futures/setLeverage", new LeverageRequest("ETHUSDT", 3, HoldSide.SHORT));

        List<Map<String, Object>> bodies = wireMock.getAllServeEvents().stream()
                .peek(event -> assertSigned(event.getRequest())).map(event -> body(event.getRequest())).toList();
        assertThat(bodies).anySatisfy(body -> assertThat(body).containsExactly(entry("symbol", "BTCUSDT"),
                entry("productType", "USDT-FUTURES"), entry("marginCoin", "USDT"), entry("leverage", "5")));
        assertThat(bodies).anySatisfy(body -> assertThat(body).containsExactly(entry("symbol", "ETHUSDT"),
                entry("productType", "USDT-FUTURES"), entry("marginCoin", "USDT"), entry("leverage", "3"),
                entry("holdSide", "short")));
        assertThat(result.longLeverage()).isEqualTo(new BigDecimal("5"));
        assertThat(result.marginMode()).isEqualTo(MarginMode.CROSSED);
    }

    @Test
    void setMarginModeAndPositionMode() {
        stubPost("/api/v2/mix/account/set-margin-mode", """
                {"symbol":"BTCUSDT","marginCoin":"USDT","longLeverage":"10","shortLeverage":"10",
                 "marginMode":"crossed"}""");
        stubPost("/api/v2/mix/account/set-position-mode", "{\"posMode\":\"hedge_mode\"}");

        MarginModeResult marginMode = template.requestBody(
                "bitget:futures/setMarginMode?symbol=BTCUSDT&marginMode=crossed", (Object) null,
                MarginModeResult.class);
        PositionModeResult positionMode = template.requestBody(
                "bitget:futures/setPositionMode?posMode=hedge_mode", (Object) null, PositionModeResult.class);

        assertThat(body(wireMock.findAll(postRequestedFor(
                urlEqualTo("/api/v2/mix/account/set-margin-mode")))
                .get(0))).containsExactly(entry("symbol", "BTCUSDT"), entry("productType", "USDT-FUTURES"),
                        entry("marginCoin", "USDT"), entry("marginMode", "crossed"));
        assertThat(body(wireMock.findAll(postRequestedFor(
                urlEqualTo("/api/v2/mix/account/set-position-mode")))
                .get(0))).containsExactly(entry("productType", "USDT-FUTURES"), entry("posMode", "hedge_mode"));
        assertThat(marginMode.marginMode()).isEqualTo(MarginMode.CROSSED);
        assertThat(positionMode.posMode()).isEqualTo(PositionMode.HEDGE);
    }
}
