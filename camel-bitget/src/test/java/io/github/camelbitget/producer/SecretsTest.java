package io.github.camelbitget.producer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelbitget.BitgetEndpoint;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.support.CapturedLogs;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

/**
 * No credential or signature in any log line (TRACE), exception message, toString() or URI as Camel prints it: the
 * secret options carry names that Camel's URI sanitizer masks.
 */
class SecretsTest extends WireMockBitgetTestSupport {

    private static final String URI_KEY = "uri-key-5d1e9";
    private static final String URI_SECRET = "uri-secret-c0ffee";
    private static final String URI_PASSPHRASE = "uri-pass-7a7a";
    private static final String ORDER_URI = "bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                            + "&apiKey=RAW(" + URI_KEY + ")&secretKey=RAW(" + URI_SECRET
                                            + ")&passphrase=RAW(" + URI_PASSPHRASE + ")";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:order").routeId("order").to(ORDER_URI);
                from("direct:positions").to("bitget:futures/positions");
            }
        };
    }

    @Test
    void everyOperationSucceedingAndFailingAtTraceLogsNoSecret() {
        List<String> seen = new ArrayList<>();
        try (CapturedLogs logs = CapturedLogs.atTrace()) {
            for (Operation operation : Operation.values()) {
                for (String failure : List.of("none", "40009", "reset", "unified", "unified-40009")) {
                    wireMock.resetAll();
                    if (failure.startsWith("unified")) {
                        stubGet("/api/v3/account/settings", "{\"accountMode\":\"unified\","
                                                            + "\"holdMode\":\"one_way_mode\"}");
                    }
                    if (failure.equals("none") || failure.equals("unified")) {
                        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse()
                                .withBody(envelope("null"))));
                    } else if (failure.endsWith("40009")) {
                        wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(400)
                                .withBody("{\"code\":\"40009\",\"msg\":\"sign signature error\",\"data\":null}")));
                    } else {
                        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                    }
                    String accountType = failure.startsWith("unified") ? "unified" : "classic";
                    Exchange exchange = template.request("bitget:spot/serverTime?retryAttempts=0&mode=demo&accountType="
                                                         + accountType,
                            e -> e.getMessage().setHeaders(OperationSamples.headersFor(operation, "demo")));
                    seen.add(String.valueOf(exchange.getException()));
                    wireMock.getAllServeEvents().forEach(event -> seen.add("SIGNATURE "
                            + event.getRequest().getHeader("ACCESS-SIGN")));
                }
            }
            seen.addAll(logs.lines());
        }
        List<String> signatures = seen.stream().filter(line -> line.startsWith("SIGNATURE "))
                .map(line -> line.substring("SIGNATURE ".length())).filter(sign -> !"null".equals(sign)).toList();
        List<String> printed = seen.stream().filter(line -> !line.startsWith("SIGNATURE ")).toList();
        assertThat(signatures).hasSizeGreaterThan(40);
        assertThat(printed).hasSizeGreaterThan(500);
        for (String secret : List.of(API_KEY, SECRET_KEY, PASSPHRASE)) {
            assertThat(printed).noneMatch(line -> line.contains(secret));
        }
        for (String signature : signatures) {
            assertThat(printed).noneMatch(line -> line.contains(signature));
        }
    }

    @Test
    void secretsNeverAppearInLogsMessagesOrUris() throws Exception {
        List<String> seen = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        try (CapturedLogs logs = CapturedLogs.atTrace()) {
            stubPost("/api/v2/mix/order/place-order", "{\"orderId\":\"1\",\"clientOid\":\"c\"}");
            template.requestBody("direct:order", (Object) null);

            stubError(400, "40009", "sign signature error");
            Exchange rejected = template.request("direct:positions", null);
            seen.add(String.valueOf(rejected.getException()));
            seen.add(rejected.getException().getMessage());

            wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            Exchange reset = template.request("direct:order", null);
            seen.add(String.valueOf(reset.getException()));

            wireMock.getAllServeEvents().forEach(event -> signatures.add(event.getRequest().getHeader("ACCESS-SIGN")));
            seen.addAll(logs.lines());
        }
        BitgetEndpoint endpoint = context.getEndpoint(ORDER_URI, BitgetEndpoint.class);
        seen.add(endpoint.toString());
        seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
        seen.add(endpoint.getEndpointBaseUri());
        seen.add(endpoint.getConfiguration().toString());
        seen.add(context.getComponent("bitget").toString());
        seen.add(String.valueOf(endpoint.getServiceMetadata()));
        seen.add(context.getRoute("order").getEndpoint().toString());

        assertThat(signatures).hasSizeGreaterThanOrEqualTo(3).doesNotContainNull();
        assertThat(seen).as("captured log lines").hasSizeGreaterThan(20);
        for (String secret : List.of(URI_KEY, URI_SECRET, URI_PASSPHRASE, API_KEY, SECRET_KEY, PASSPHRASE)) {
            assertThat(seen).noneMatch(line -> line.contains(secret));
        }
        for (String signature : signatures) {
            assertThat(seen).noneMatch(line -> line.contains(signature));
        }
    }
}
