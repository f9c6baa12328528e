package io.github.camelbitget.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelbitget.client.BitgetCredentials;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetAuthenticationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a socket reads what Bitget sends: text frames in parts, events, pushes, refusals. */
class StreamSocketTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Object> reported = new CopyOnWriteArrayList<>();
    private final List<String> written = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private StreamSocket socket(BitgetCredentials credentials) {
        return socket(credentials, Duration.ofSeconds(30), new SendLimits());
    }

    private StreamSocket socket(BitgetCredentials credentials, Duration pingInterval, SendLimits limits) {
        StreamSettings settings = new StreamSettings(pingInterval, Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(5), 50);
        StreamSocket socket = new StreamSocket(1, false, URI.create("ws://127.0.0.1:1/v2/ws/private"), credentials,
                settings, scheduler, () -> 1_700_000_000_000L, new StreamSocket.Handler() {
                    @Override
                    public void onData(StreamSocket source, StreamMessage message) {
                        reported.add(message);
                    }

                    @Override
                    public void onSubscribed(StreamSocket source, ChannelArg arg) {
                        reported.add(arg);
                    }

                    @Override
                    public void onRefused(StreamSocket source, ChannelArg arg, BitgetApiException error) {
                        reported.add(error);
                    }

                    @Override
                    public void onClosed(StreamSocket source, Throwable cause) {
                        reported.add(cause);
                    }
                }, limits);
        socket.onOpen(new RecordingWebSocket());
        return socket;
    }

    @Test
    void aMessageInSeveralFramesIsReadOnceComplete() {
        StreamSocket socket = socket(null);
        WebSocket ws = new RecordingWebSocket();

        socket.onText(ws, "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"SPOT\",", false);
        socket.onText(ws, "\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"},\"data\":[{\"lastPr\":\"1\"}],", false);
        assertThat(reported).isEmpty();
        socket.onText(ws, "\"ts\":5}", true);
        socket.onText(ws, "{\"event\":\"subscribe\",\"arg\":{\"instType\":\"SPOT\",\"channel\":\"trade\",\"instId\":\"X\"}}",
                true);

        assertThat(reported).hasSize(2);
        StreamMessage message = (StreamMessage) reported.get(0);
        assertThat(message.arg()).isEqualTo(new ChannelArg("SPOT", "ticker", "BTCUSDT", null));
        assertThat(message.ts()).isEqualTo(5L);
        assertThat(message.data().get(0).path("lastPr").asText()).isEqualTo("1");
        assertThat(reported.get(1)).isEqualTo(new ChannelArg("SPOT", "trade", "X", null));
        assertThat(socket.isReady()).isTrue();
    }

    @Test
    void aPrivateSocketLogsInFirstAndIsReadyOnlyWhenBitgetAgrees() {
        StreamSocket socket = socket(new BitgetCredentials("k", "s", "p"));
        await().atMost(Duration.ofSeconds(5)).until(() -> written.size() == 1);
        assertThat(written.get(0)).startsWith("{\"op\":\"login\"").contains("\"timestamp\":\"1700000000\"");
        assertThat(socket.isReady()).isFalse();

        socket.onText(new RecordingWebSocket(), "{\"event\":\"login\",\"code\":0,\"msg\":\"\"}", true);

        assertThat(socket.isReady()).isTrue();
    }

    @Test
    void aRefusedLoginClosesTheSocketWithAnAuthenticationError() {
        StreamSocket socket = socket(new BitgetCredentials("k", "s", "p"));

        socket.onText(new RecordingWebSocket(), "{\"event\":\"error\",\"code\":30005,\"msg\":\"login failed\"}", true);

        assertThat(reported).singleElement().isInstanceOf(BitgetAuthenticationException.class);
        assertThat(((BitgetAuthenticationException) reported.get(0)).getCode()).isEqualTo("30005");
        assertThat(socket.isReady()).isFalse();
    }

    @Test
    void aRefusedChannelIsReportedAndTheSocketStays() {
        StreamSocket socket = socket(null);

        socket.onText(new RecordingWebSocket(), "{\"event\":\"error\",\"code\":\"30001\",\"msg\":\"doesn't exist\","
                                                + "\"arg\":{\"instType\":\"SPOT\",\"channel\":\"ticker\",\"instId\":\"NOPE\"}}",
                true);

        assertThat(reported).singleElement().isInstanceOf(BitgetApiException.class)
                .isNotInstanceOf(BitgetAuthenticationException.class);
        assertThat(((BitgetApiException) reported.get(0)).getContext().parameters()).containsEntry("instId", "NOPE");
        assertThat(socket.isReady()).isTrue();
    }

    @Test
    void pingsGoAheadOfASubscribeThatWaitsForTheHourlyBudget() {
        StreamSocket socket = socket(null, Duration.ofMillis(50), new SendLimits(1));

        socket.subscribe(List.of(new ChannelArg("SPOT", "ticker", "BTCUSDT", null)));
        socket.subscribe(List.of(new ChannelArg("SPOT", "ticker", "ETHUSDT", null)));

        await().atMost(Duration.ofSeconds(5)).until(() -> written.stream().filter("ping"::equals).count() >= 2);
        assertThat(written.get(0)).contains("BTCUSDT");
        assertThat(written).noneMatch(text -> text.contains("ETHUSDT"));
    }

    /** Records what is sent; everything completes at once. */
    private final class RecordingWebSocket implements WebSocket {

        @Override
        public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
            written.add(data.toString());
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public void request(long n) {
            // demand is not modelled: the test feeds frames itself
        }

        @Override
        public String getSubprotocol() {
            return "";
        }

        @Override
        public boolean isOutputClosed() {
            return false;
        }

        @Override
        public boolean isInputClosed() {
            return false;
        }

        @Override
        public void abort() {
            // nothing to release
        }
    }
}
