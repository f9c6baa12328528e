package io.github.camelbitget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.junit.jupiter.api.Test;

/** Component-level defaults, the shared HTTP client, the proxy and the service location. */
class ComponentTest extends WireMockBitgetTestSupport {

    @Test
    void componentOptionsAreDefaultsThatTheUriOverrides() {
        BitgetComponent component = context.getComponent("bitget", BitgetComponent.class);
        component.getConfiguration().setSymbol("ETHUSDT");
        component.getConfiguration().setProductType("USDC-FUTURES");
        stubGet("/api/v2/mix/market/candles", "[]");

        List<Candle> fromComponent = template.requestBody("bitget:futures/candles?limit=1", (Object) null,
                List.class);
        template.requestBody("bitget:futures/candles?limit=2&symbol=SOLUSDT", (Object) null);

        assertThat(fromComponent).isEmpty();
        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .containsExactlyInAnyOrder(
                        "/api/v2/mix/market/candles?granularity=1H&limit=1&productType=USDC-FUTURES&symbol=ETHUSDT",
                        "/api/v2/mix/market/candles?granularity=1H&limit=2&productType=USDC-FUTURES&symbol=SOLUSDT");
    }

    @Test
    void endpointsWithTheSameConnectionSettingsShareOneHttpClient() {
        BitgetComponent component = context.getComponent("bitget", BitgetComponent.class);
        BitgetEndpoint first = context.getEndpoint("bitget:futures/tickers", BitgetEndpoint.class);
        BitgetEndpoint second = context.getEndpoint("bitget:spot/assets?symbol=BTCUSDT", BitgetEndpoint.class);
        BitgetEndpoint slower = context.getEndpoint("bitget:spot/tickers?connectTimeout=30s", BitgetEndpoint.class);

        assertThat(component.httpClientFor(first.getConfiguration()))
                .isSameAs(component.httpClientFor(second.getConfiguration()))
                .isNotSameAs(component.httpClientFor(slower.getConfiguration()));
        assertThat(slower.getConfiguration().getConnectTimeout()).isEqualTo(30_000L);
    }

    @Test
    void restCallsCompleteOnTheSelectorThreadWhileStreamsKeepTheDefaultExecutor() {
        BitgetComponent component = context.getComponent("bitget", BitgetComponent.class);
        BitgetEndpoint endpoint = context.getEndpoint("bitget:futures/tickers", BitgetEndpoint.class);
        HttpClient rest = component.httpClientFor(endpoint.getConfiguration());
        HttpClient streams = component.streamHttpClientFor(endpoint.getConfiguration());
        List<Thread> ranOn = new ArrayList<>();

        rest.executor().orElseThrow().execute(() -> ranOn.add(Thread.currentThread()));

        assertThat(ranOn).containsExactly(Thread.currentThread());
        assertThat(streams).isNotSameAs(rest);
        assertThat(streams.executor()).as("the JDK's default executor").isEmpty();
        assertThat(component.streamHttpClientFor(endpoint.getConfiguration())).isSameAs(streams);
    }

    @Test
    void requestsGoThroughTheConfiguredHttpProxy() {
        stubGet("/api/v2/public/time", "{\"serverTime\":\"1\"}");

        template.requestBody("bitget:spot/serverTime?baseUrl=http://api.bitget.invalid&proxyHost=127.0.0.1"
                             + "&proxyPort=" + wireMock.port(), (Object) null);

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Host")).isEqualTo("api.bitget.invalid");
        assertThat(request.getUrl()).isEqualTo("/api/v2/public/time");
    }

    @Test
    void serviceLocationNamesTheApiWithoutSecrets() {
        BitgetEndpoint endpoint = context.getEndpoint("bitget:futures/positions?mode=demo", BitgetEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo(wireMock.baseUrl());
        assertThat(endpoint.getServiceProtocol()).isEqualTo("rest");
        assertThat(endpoint.getServiceMetadata()).containsEntry("mode", "demo")
                .containsEntry("productType", "USDT-FUTURES").hasSize(2);
    }
}
