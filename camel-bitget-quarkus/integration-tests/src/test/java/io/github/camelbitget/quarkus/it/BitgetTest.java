package io.github.camelbitget.quarkus.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/** The extension in a running application, on the simulator of the Dev Service, driven over HTTP only. */
@QuarkusTest
class BitgetTest {

    private static final Duration CONSUMER_TIMEOUT = Duration.ofSeconds(10);

    /** A JSON number above zero, whether REST-assured reads it as an Integer, a Float or a BigDecimal. */
    private static Matcher<Object> positive() {
        return new TypeSafeMatcher<>(Number.class) {
            @Override
            protected boolean matchesSafely(Object number) {
                return new BigDecimal(number.toString()).signum() > 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number above zero");
            }
        };
    }

    @Test
    void devServicePointsTheComponentAtTheSimulator() {
        given().get("/bitget/base-url")
                .then().statusCode(200)
                .body("baseUrl", matchesPattern("http://127\\.0\\.0\\.1:\\d+"));
    }

    @Test
    void marketData() {
        given().get("/bitget/futures/tickers/BTCUSDT")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].symbol", equalTo("BTCUSDT"))
                .body("[0].lastPr", positive());
        given().queryParam("limit", "5").get("/bitget/futures/candles/ETHUSDT")
                .then().statusCode(200)
                .body("", hasSize(5))
                .body("close", everyItem(positive()));
        given().get("/bitget/futures/orderbook/BTCUSDT")
                .then().statusCode(200)
                .body("asks[0][0]", positive()) // levels keep Bitget's [price, size] shape
                .body("bids[0][1]", positive());
    }

    @Test
    void signedReadWithTheSimulatorsKey() {
        given().get("/bitget/futures/accounts")
                .then().statusCode(200)
                .body("marginCoin", hasItem("USDT"))
                .body("find { it.marginCoin == 'USDT' }.available", positive());
    }

    @Test
    void limitOrderIsPlacedAndCancelled() {
        String orderId = given().contentType(ContentType.JSON)
                .body(Map.of("symbol", "XRPUSDT", "side", "buy", "orderType", "limit", "size", "10", "price", "1.0"))
                .post("/bitget/futures/orders")
                .then().statusCode(200)
                .body("clientOid", notNullValue())
                .extract().path("orderId");

        given().delete("/bitget/futures/orders/XRPUSDT/" + orderId)
                .then().statusCode(200)
                .body("orderId", equalTo(orderId));
    }

    @Test
    void consumerReportsAPositionOpenedAndClosed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("symbol", "SOLUSDT", "side", "buy", "size", "2"))
                .post("/bitget/futures/orders")
                .then().statusCode(200);
        awaitPositionChange("OPENED", "SOLUSDT");

        given().post("/bitget/futures/positions/SOLUSDT/close")
                .then().statusCode(200)
                .body("successList", hasSize(1));
        awaitPositionChange("CLOSED", "SOLUSDT");
    }

    private static void awaitPositionChange(String change, String symbol) {
        await().atMost(CONSUMER_TIMEOUT).untilAsserted(() -> given().get("/bitget/futures/position-changes")
                .then().statusCode(200)
                .body("findAll { it.change == '" + change + "' && it.symbol == '" + symbol + "' }.holdSide",
                        hasItem("long")));
    }

    /**
     * The consumer's check (polls succeed) and the producer's (Bitget answers a signed read) are the only members of
     * Camel's consumer and producer repositories here: both enabled and UP.
     */
    @Test
    void consumerAndProducerHealthChecksAreReady() {
        await().atMost(CONSUMER_TIMEOUT).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'camel-consumers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'camel-producers' }.status", equalTo("UP"))
                .body("checks.findAll { it.name in ['camel-consumers', 'camel-producers'] }.data", everyItem(
                        nullValue())));
    }
}
