package io.github.camelbitget.examples.trading;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The auto-flat route, with its time set to midnight so that it is always flat time. */
@QuarkusTest
@TestProfile(AutoFlatTest.AlwaysFlat.class)
class AutoFlatTest {

    public static class AlwaysFlat implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trading.auto-flat.enabled", "true", "trading.auto-flat.at", "00:00",
                    "trading.auto-flat.check-interval", "500ms");
        }
    }

    @Test
    void closesAnOpenPosition() {
        given().contentType(ContentType.JSON).body(Map.of("symbol", "ETHUSDT", "side", "buy", "size", "0.5"))
                .post("/api/orders")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/positions")
                .then().statusCode(200)
                .body("symbol", not(hasItem("ETHUSDT"))));
    }
}
