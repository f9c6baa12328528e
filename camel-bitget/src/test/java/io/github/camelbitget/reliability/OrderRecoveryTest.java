package io.github.camelbitget.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.client.Recovery;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** An order whose answer is lost is looked up by clientOid before anything else, and never placed twice. */
class OrderRecoveryTest extends WireMockBitgetTestSupport {

    private static final String ORDER = "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01&clientOid=o-1"
                                        + "&retryDelay=10";
    private static final String DETAIL = "/api/v2/mix/order/detail";
    private static final String PLACE = "/api/v2/mix/order/place-order";

    private static void detailAnswers(String orderId) {
        wireMock.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(aResponse().withBody(envelope(
                "{\"orderId\":\"" + orderId + "\",\"clientOid\":\"o-1\",\"state\":\"live\"}"))));
    }

    private static void detailNotFound() {
        wireMock.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"40768\",\"msg\":\"Order does not exist\",\"data\":null}")));
    }

    private static List<String> requestPaths() {
        return wireMock.getAllServeEvents().stream().map(event -> event.getRequest()).sorted(
                java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(request -> request.getMethod().getName() + " " + request.getUrl().split("\\?")[0]).toList();
    }

    @Test
    void lostAnswerButTheOrderExists() {
        wireMock.stubFor(post(urlPathEqualTo(PLACE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        detailAnswers("777");

        Exchange exchange = template.request(ORDER, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(OrderResult.class)).isEqualTo(new OrderResult("777", "o-1"));
        assertThat(exchange.getMessage().getHeader(BitgetConstants.ORDER_RECOVERY)).isEqualTo(Recovery.FOUND);
        assertThat(exchange.getMessage().getHeader(BitgetConstants.ORDER_ID)).isEqualTo("777");
        assertThat(requestPaths()).containsExactly("POST " + PLACE, "GET " + DETAIL);
        assertThat(wireMock.getAllServeEvents()).anySatisfy(event -> assertThat(event.getRequest().getUrl())
                .isEqualTo(DETAIL + "?clientOid=o-1&productType=USDT-FUTURES&symbol=BTCUSDT"));
    }

    @Test
    void lostAnswerAndNoOrderIsSentAgainWithTheSameClientOid() {
        wireMock.stubFor(post(urlPathEqualTo(PLACE)).inScenario("resend").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
                .willSetStateTo("resent"));
        wireMock.stubFor(post(urlPathEqualTo(PLACE)).inScenario("resend").whenScenarioStateIs("resent")
                .willReturn(aResponse().withBody(envelope("{\"orderId\":\"888\",\"clientOid\":\"o-1\"}"))));
        detailNotFound();

        Exchange exchange = template.request(ORDER, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(OrderResult.class).orderId()).isEqualTo("888");
        assertThat(exchange.getMessage().getHeader(BitgetConstants.ORDER_RECOVERY)).isEqualTo(Recovery.RESENT);
        assertThat(requestPaths()).containsExactly("POST " + PLACE, "GET " + DETAIL, "POST " + PLACE);
        List<String> bodies = wireMock.getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getUrl().equals(PLACE)).map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).hasSize(2).containsOnly(bodies.get(0)).allSatisfy(body -> assertThat(body)
                .contains("\"clientOid\":\"o-1\""));
    }

    @Test
    void duplicateClientOidResolvesToTheExistingOrder() {
        wireMock.stubFor(post(urlPathEqualTo(PLACE)).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":\"43118\",\"msg\":\"clientOrderId duplicate\",\"data\":null}")));
        detailAnswers("999");

        Exchange exchange = template.request(ORDER, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(OrderResult.class).orderId()).isEqualTo("999");
        assertThat(exchange.getMessage().getHeader(BitgetConstants.ORDER_RECOVERY)).isEqualTo(Recovery.DUPLICATE);
        assertThat(requestPaths()).containsExactly("POST " + PLACE, "GET " + DETAIL);
    }

    @Test
    void withResendOffAMissingOrderIsReportedWithItsClientOid() {
        wireMock.stubFor(post(urlPathEqualTo(PLACE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        detailNotFound();

        Exchange exchange = template.request(ORDER + "&orderResend=false", null);

        BitgetOrderStateUnknownException error = exchange.getException(BitgetOrderStateUnknownException.class);
        assertThat(error.getClientOid()).isEqualTo("o-1");
        assertThat(error.getMessage()).contains("automatic resend is off (orderResend=false)");
        assertThat(requestPaths()).containsExactly("POST " + PLACE, "GET " + DETAIL);
    }

    @Test
    void whenTheLookupFailsTooTheStateIsUnknownAndNothingIsResent() {
        wireMock.stubFor(post(urlPathEqualTo(PLACE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wireMock.stubFor(get(urlPathEqualTo(DETAIL)).willReturn(aResponse().withStatus(503).withBody("")));

        Exchange exchange = template.request(ORDER + "&retryAttempts=2", null);

        BitgetOrderStateUnknownException error = exchange.getException(BitgetOrderStateUnknownException.class);
        assertThat(error.getClientOid()).isEqualTo("o-1");
        assertThat(error.getMessage()).contains("looking it up failed too");
        assertThat(requestPaths()).containsExactly("POST " + PLACE, "GET " + DETAIL, "GET " + DETAIL,
                "GET " + DETAIL);
    }

    @Test
    void spotOrdersAreLookedUpByOrderInfo() {
        wireMock.stubFor(post(urlPathEqualTo("/api/v2/spot/trade/place-order"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        stubGet("/api/v2/spot/trade/orderInfo", "[{\"orderId\":\"3001\",\"clientOid\":\"s-1\",\"status\":\"filled\"}]");

        Exchange exchange = template.request("bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&size=50&clientOid=s-1",
                null);

        assertThat(exchange.getMessage().getBody(OrderResult.class)).isEqualTo(new OrderResult("3001", "s-1"));
        assertThat(wireMock.getAllServeEvents()).anySatisfy(event -> assertThat(event.getRequest().getUrl())
                .isEqualTo("/api/v2/spot/trade/orderInfo?clientOid=s-1"));
    }

    @Test
    void rejectedOrdersAreNotRecovered() {
        stubError(400, "43012", "Insufficient balance");

        Exchange exchange = template.request(ORDER, null);

        assertThat(exchange.getException()).hasMessageContaining("43012");
        assertThat(requestPaths()).containsExactly("POST " + PLACE);
    }

    @Test
    void aFailedAccountQuestionIsNotAnUnknownOrder() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v3/account/settings"))
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        Exchange exchange = template.request(ORDER + "&accountType=auto&retryAttempts=0", null);

        assertThat(exchange.getException()).as("the order was never sent")
                .isInstanceOf(BitgetTransportException.class)
                .hasMessageContaining("accountSettings");
        assertThat(requestPaths()).containsExactly("GET /api/v3/account/settings");
    }
}
