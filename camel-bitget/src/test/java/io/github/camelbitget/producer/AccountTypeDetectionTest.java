package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.exception.BitgetAccountTypeException;
import io.github.camelbitget.exception.BitgetAccountUnavailableException;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetUnsupportedOperationException;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * accountType=auto: the account kind is asked once per API key and mode with a signed read of the v3 account
 * settings, remembered, asked again when Bitget contradicts it, and never guessed.
 */
class AccountTypeDetectionTest extends WireMockBitgetTestSupport {

    private static final String SETTINGS = UnifiedWireTest.SETTINGS;
    private static final String V2_PLACE = "/api/v2/mix/order/place-order";
    private static final String V3_PLACE = "/api/v3/trade/place-order";
    private static final String PLACE = "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&tradeSide=open&size=0.01"
                                        + "&clientOid=cb-detect-1";
    private static final String PLACED = "{\"orderId\":\"77\",\"clientOid\":\"cb-detect-1\"}";

    @Override
    protected String accountType() {
        return "auto";
    }

    private static void classicAccount() {
        stubFor(SETTINGS, 400, "40084", "You are in Classic Account mode, and the Unified Account API is not"
                                        + " supported at this time");
    }

    private static void unifiedAccount(String accountMode) {
        stubGet(SETTINGS, "{\"uid\":\"1\",\"accountMode\":\"" + accountMode + "\",\"holdMode\":\"hedge_mode\"}");
    }

    private static void stubFor(String path, int status, String code, String msg) {
        String body = "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"requestTime\":1,\"data\":null}";
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status).withBody(body)));
        wireMock.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    void aClassicKeyIsAskedOnceThenSpeaksV2() {
        classicAccount();
        stubPost(V2_PLACE, PLACED);

        Exchange first = template.request(PLACE, null);
        template.request(PLACE, null);

        assertThat(sentPaths()).containsExactly(SETTINGS, V2_PLACE, V2_PLACE);
        assertSigned(onlyRequestTo(SETTINGS));
        assertThat(first.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.CLASSIC);
    }

    @Test
    void code25245AlsoMeansClassic() {
        stubFor(SETTINGS, 400, "25245", "The account is not the unified account mode");
        stubPost(V2_PLACE, PLACED);

        template.request(PLACE, null);

        assertThat(sentPaths()).containsExactly(SETTINGS, V2_PLACE);
    }

    @Test
    void aUnifiedKeySpeaksV3() {
        unifiedAccount("unified");
        stubPost(V3_PLACE, PLACED);

        Exchange result = template.request(PLACE, null);

        assertThat(sentPaths()).containsExactly(SETTINGS, V3_PLACE);
        assertThat(result.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.UNIFIED);
        assertThat(result.getMessage().getBody(OrderResult.class).orderId()).isEqualTo("77");
    }

    @Test
    void hybridAccountsUseV3() {
        unifiedAccount("hybrid");
        stubPost(V3_PLACE, PLACED);

        template.request(PLACE, null);

        assertThat(sentPaths()).containsExactly(SETTINGS, V3_PLACE);
    }

    @Test
    void anAccountBeingConvertedGetsNoRequestAndIsAskedAgainNextTime() {
        unifiedAccount("upgrading");

        assertThatThrownBy(() -> template.requestBody(PLACE, (Object) null)).cause()
                .isInstanceOf(BitgetAccountUnavailableException.class).hasMessageContaining("'upgrading'");
        assertThat(sentPaths()).containsExactly(SETTINGS);

        unifiedAccount("unified");
        stubPost(V3_PLACE, PLACED);
        template.request(PLACE, null);
        assertThat(sentPaths()).containsExactly(SETTINGS, SETTINGS, V3_PLACE);
    }

    @Test
    void anyOtherAnswerFailsLoudlyInsteadOfGuessing() {
        stubFor(SETTINGS, 400, "40009", "sign signature error");

        assertThatThrownBy(() -> template.requestBody(PLACE, (Object) null)).cause()
                .isInstanceOf(BitgetAuthenticationException.class).hasMessageContaining("40009");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void concurrentFirstRequestsShareOneQuestion() {
        unifiedAccount("unified");
        stubPost(V3_PLACE, PLACED);

        List<CompletableFuture<Object>> orders = IntStream.range(0, 8)
                .mapToObj(i -> template.asyncRequestBody(PLACE.replace("cb-detect-1", "cb-detect-c" + i), null))
                .toList();
        orders.forEach(CompletableFuture::join);

        assertThat(sentPaths()).filteredOn(SETTINGS::equals).hasSize(1);
        assertThat(sentPaths()).filteredOn(V3_PLACE::equals).hasSize(8);
    }

    @Test
    void anAccountUpgradedMidFlightIsAskedAgainAndTheRefusedOrderSentOnceOnV3() {
        classicAccount();
        stubPost(V2_PLACE, PLACED);
        template.request(PLACE, null);
        assertThat(sentPaths()).containsExactly(SETTINGS, V2_PLACE);

        wireMock.resetAll();
        stubFor(V2_PLACE, 400, "40085", "You are in Unified Account mode, and the Classic Account API is not"
                                        + " supported at this time");
        unifiedAccount("unified");
        stubPost(V3_PLACE, PLACED);

        Exchange result = template.request(PLACE, null);

        assertThat(result.getException()).isNull();
        assertThat(sentPaths()).containsExactly(V2_PLACE, SETTINGS, V3_PLACE);
        assertThat(body(onlyRequestTo(V3_PLACE))).containsEntry("clientOid", "cb-detect-1");
        assertThat(result.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.UNIFIED);
    }

    @Test
    void theAccountKindIsAskedPerMode() {
        classicAccount();
        stubPost(V2_PLACE, PLACED);

        template.request(PLACE, null);
        template.request(PLACE + "&mode=demo", null);

        assertThat(sentPaths()).containsExactly(SETTINGS, V2_PLACE, SETTINGS, V2_PLACE);
        assertThat(wireMock.getAllServeEvents()).filteredOn(event -> event.getRequest().getUrl().equals(SETTINGS))
                .extracting(event -> event.getRequest().getHeader("paptrading")).containsExactlyInAnyOrder("1", null);
    }

    @Test
    void publicMarketDataNeverAsks() {
        stubGet("/api/v2/mix/market/tickers", "[]");

        template.requestBody("bitget:futures/tickers", (Object) null);

        assertThat(sentPaths()).containsExactly("/api/v2/mix/market/tickers");
    }

    @Test
    void unifiedOnlyOperationsNeedAUnifiedAccount() {
        classicAccount();

        assertThatThrownBy(() -> template.requestBody("bitget:futures/countdownCancelAll?countdown=10", (Object) null))
                .cause().isInstanceOf(BitgetUnsupportedOperationException.class)
                .hasMessageContaining("countdownCancelAll needs a unified trading account")
                .hasMessageNotContaining("accountType=classic");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void aFixedClassicTypeNeverAsksAndReportsTheRefusal() {
        stubFor(V2_PLACE, 400, "40085", "You are in Unified Account mode, and the Classic Account API is not"
                                        + " supported at this time");

        assertThatThrownBy(() -> template.requestBody(PLACE + "&accountType=classic", (Object) null)).cause()
                .isInstanceOf(BitgetAccountTypeException.class).hasMessageContaining("40085");
        assertThat(sentPaths()).containsExactly(V2_PLACE);
    }

    @Test
    void aFixedUnifiedTypeFailsWhenBitgetSaysClassic() {
        classicAccount();

        assertThatThrownBy(() -> template.requestBody(PLACE + "&accountType=unified", (Object) null)).cause()
                .isInstanceOf(BitgetAccountTypeException.class).hasMessageContaining("40084");
        assertThat(sentPaths()).containsExactly(SETTINGS);
    }

    @Test
    void aPositionModeErrorOnV3MakesTheAccountBeAskedAgain() {
        unifiedAccount("unified");
        stubFor(V3_PLACE, 400, "25236", "Incorrect position open type");

        assertThatThrownBy(() -> template.requestBody(PLACE, (Object) null)).cause()
                .isInstanceOf(BitgetPositionModeException.class);
        stubPost(V3_PLACE, PLACED);
        template.requestBody(PLACE, (Object) null);

        assertThat(sentPaths()).containsExactly(SETTINGS, V3_PLACE, SETTINGS, V3_PLACE);
    }
}
