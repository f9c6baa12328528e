package io.github.camelbitget.examples.trading;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators see: readiness, the API document, metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void readyOnceThePositionWatcherPolls() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("camel-consumers"))
                .body("checks.find { it.name == 'camel-consumers' }.status", equalTo("UP")));
    }

    @Test
    void openApiDocumentDescribesTheApiAndItsErrors() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Bitget trading service"))
                .body("paths.'/api/orders'.post.responses.'422'", notNullValue())
                .body("paths.'/api/positions/changes'.get", notNullValue())
                .body("components.schemas.PlaceOrderRequest.required", hasItem("side"));
    }

    @Test
    void prometheusMetrics() {
        given().get("/api/market/tickers").then().statusCode(200);

        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/market/tickers\""));
    }
}
