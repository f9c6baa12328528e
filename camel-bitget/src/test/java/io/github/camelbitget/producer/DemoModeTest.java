package io.github.camelbitget.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.junit.jupiter.api.Test;

/** Demo trading: paptrading: 1 on private requests in demo mode only. */
class DemoModeTest extends WireMockBitgetTestSupport {

    @Test
    void demoModeMarksPrivateRequestsOnly() {
        stubGet("/api/v2/mix/position/all-position", "[]");
        stubGet("/api/v2/mix/market/tickers", "[]");

        template.requestBody("bitget:futures/positions?mode=demo", (Object) null);
        template.requestBody("bitget:futures/tickers?mode=demo", (Object) null);

        LoggedRequest positions = wireMock.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().startsWith("/api/v2/mix/position")).findFirst().orElseThrow();
        assertSigned(positions);
        assertThat(positions.getHeader("paptrading")).isEqualTo("1");
        LoggedRequest tickers = wireMock.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().startsWith("/api/v2/mix/market")).findFirst().orElseThrow();
        assertUnsigned(tickers);
    }

    @Test
    void liveModeIsTheDefaultAndSendsNoDemoHeader() {
        stubGet("/api/v2/mix/position/all-position", "[]");

        template.requestBody("bitget:futures/positions", (Object) null);

        LoggedRequest request = onlyRequest();
        assertSigned(request);
        assertThat(request.containsHeader("paptrading")).isFalse();
    }

    @Test
    void modeHeaderSwitchesOneMessage() {
        stubGet("/api/v2/mix/position/all-position", "[]");

        template.requestBodyAndHeaders("bitget:futures/positions", null, Map.of(BitgetConstants.MODE, "DEMO"));
        assertThat(onlyRequest().getHeader("paptrading")).isEqualTo("1");

        wireMock.resetRequests();
        template.requestBodyAndHeaders("bitget:futures/positions?mode=demo", null,
                Map.of(BitgetConstants.MODE, "live"));
        assertThat(onlyRequest().containsHeader("paptrading")).isFalse();
    }

    @Test
    void localeHeaderIsSent() {
        stubGet("/api/v2/mix/market/tickers", "[]");

        template.requestBody("bitget:futures/tickers?locale=zh-CN", (Object) null);

        assertThat(onlyRequest().getHeader("locale")).isEqualTo("zh-CN");
    }
}
