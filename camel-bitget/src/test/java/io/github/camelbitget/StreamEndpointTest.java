package io.github.camelbitget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.stream.ChannelArg;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.EndpointHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stream URIs: what they subscribe to, where they connect, and the bad ones refused when the endpoint is created. */
class StreamEndpointTest {

    private CamelContext context;

    @BeforeEach
    void startContext() {
        context = new DefaultCamelContext();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setApiKey("key");
        bitget.getConfiguration().setSecretKey("secret-value");
        bitget.getConfiguration().setPassphrase("pass-value");
        context.addComponent("bitget", bitget);
        context.start();
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    private BitgetEndpoint endpoint(String uri) {
        return context.getEndpoint(uri, BitgetEndpoint.class);
    }

    @Test
    void publicChannelsConnectToThePublicUrlOfTheMode() {
        BitgetEndpoint live = endpoint("bitget:futures/stream/ticker?symbol=btcusdt");
        BitgetEndpoint demo = endpoint("bitget:spot/stream/books5?symbol=ETHUSDT&mode=demo");

        assertThat(live.streamArg()).isEqualTo(new ChannelArg("USDT-FUTURES", "ticker", "BTCUSDT", null));
        assertThat(live.webSocketUri()).hasToString("wss://ws.bitget.com/v2/ws/public");
        assertThat(live.credentials()).isNull();
        assertThat(demo.webSocketUri()).hasToString("wss://wspap.bitget.com/v2/ws/public");
        assertThat(demo.streamArg()).isEqualTo(new ChannelArg("SPOT", "books5", "ETHUSDT", null));
        assertThat(live.getServiceProtocol()).isEqualTo("websocket");
    }

    @Test
    void privateChannelsLogInOnThePrivateUrl() {
        BitgetEndpoint orders = endpoint("bitget:futures/stream/orders?productType=COIN-FUTURES"
                                         + "&webSocketUrl=ws://127.0.0.1:1234/demo/");

        assertThat(orders.streamArg()).isEqualTo(new ChannelArg("COIN-FUTURES", "orders", "default", null));
        assertThat(orders.webSocketUri()).hasToString("ws://127.0.0.1:1234/demo/v2/ws/private");
        assertThat(orders.credentials().apiKey()).isEqualTo("key");
        assertThat(EndpointHelper.resolveEndpointUriPropertyPlaceholders(context, orders.getEndpointUri()))
                .doesNotContain("secret-value");
    }

    @Test
    void unknownChannelsFailNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/tickers?symbol=BTCUSDT"))
                .hasStackTraceContaining("Unknown stream channel 'tickers' for futures; accepted: ticker, books,"
                                         + " books1, books5, books15, trade, candle<interval>, orders, positions,"
                                         + " account, fill");
        assertThatThrownBy(() -> endpoint("bitget:futures/stream"))
                .hasStackTraceContaining("names its channel, like bitget:futures/stream/ticker");
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/candle4h?symbol=BTCUSDT"))
                .hasStackTraceContaining("did you mean candle4H?");
        assertThatThrownBy(() -> endpoint("bitget:spot/stream/trade"))
                .hasStackTraceContaining("needs option symbol");
    }

    @Test
    void badStreamOptionsFailFast() {
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/books?symbol=BTCUSDT&bookOutput=deltas"))
                .hasStackTraceContaining("Invalid option 'bookOutput': 'deltas'; accepted values: book, updates");
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/ticker?symbol=BTCUSDT&pingInterval=3m"))
                .hasStackTraceContaining("Invalid option 'pingInterval'");
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/ticker?symbol=BTCUSDT&webSocketUrl=https://x"))
                .hasStackTraceContaining("Invalid option 'webSocketUrl'");
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/ticker?symbol=BTCUSDT&maxChannelsPerConnection=0"))
                .hasStackTraceContaining("Invalid option 'maxChannelsPerConnection'");
    }

    @Test
    void privateChannelsNeedCredentials() {
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setApiKey(null);
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setSecretKey(null);
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setPassphrase(null);

        assertThatThrownBy(() -> endpoint("bitget:spot/stream/account"))
                .hasRootCauseInstanceOf(BitgetCredentialsMissingException.class);
        assertThat(endpoint("bitget:spot/stream/ticker?symbol=BTCUSDT").streamChannel().isPrivate()).isFalse();
    }

    @Test
    void aStreamCannotBeAProducer() {
        assertThatThrownBy(() -> endpoint("bitget:futures/stream/ticker?symbol=BTCUSDT").createProducer())
                .hasMessageContaining("bitget:futures/stream/ticker is consumer-only");
    }

    @Test
    void restOperationsKeepTheirUris() throws Exception {
        BitgetEndpoint tickers = endpoint("bitget:futures/tickers?symbol=BTCUSDT");

        assertThat(tickers.isStream()).isFalse();
        assertThat(tickers.getChannel()).isNull();
        assertThat(context.getCamelContextExtension().getEndpointUriFactory("bitget")
                .buildUri("bitget", Map.of("market", "futures", "operation", "tickers")))
                .isEqualTo("bitget:futures/tickers");
        assertThat(context.getCamelContextExtension().getEndpointUriFactory("bitget")
                .buildUri("bitget", Map.of("market", "spot", "operation", "stream", "channel", "trade")))
                .isEqualTo("bitget:spot/stream/trade");
    }
}
