package io.github.camelbitget.examples.trading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The position watcher's changes reach a client connected to the server-sent events stream. */
@QuarkusTest
class PositionStreamTest {

    @TestHTTPResource("/api/positions/changes")
    URI changes;

    @Test
    void anOpenedPositionIsStreamed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(changes).header("Accept", "text/event-stream").build();
        // the answer's headers come as soon as the stream is subscribed: from then on no change is missed
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (Stream<String> lines = stream.body()) {
            CompletableFuture<Optional<String>> opened = CompletableFuture.supplyAsync(() -> lines
                    .filter(line -> line.startsWith("data:") && line.contains("\"SOLUSDT\"")).findFirst());

            given().contentType(ContentType.JSON).body(Map.of("symbol", "SOLUSDT", "side", "buy", "size", "3"))
                    .post("/api/orders")
                    .then().statusCode(201);

            assertThat(opened.get(10, TimeUnit.SECONDS)).hasValueSatisfying(event -> assertThat(event)
                    .contains("\"change\":\"OPENED\"")
                    .contains("\"holdSide\":\"long\""));
        }
    }
}
