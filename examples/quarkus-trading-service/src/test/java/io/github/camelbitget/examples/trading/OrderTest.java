package io.github.camelbitget.examples.trading;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Orders on the simulator of the Dev Service, and how failures come back over HTTP. */
@QuarkusTest
class OrderTest {

    private static ValidatableResponse placeOrder(Object order) {
        return given().contentType(ContentType.JSON).body(order).post("/api/orders").then();
    }

    @Test
    void limitOrderIsPlacedListedAndCancelled() {
        String orderId = placeOrder(Map.of("symbol", "XRPUSDT", "side", "buy", "orderType", "limit", "size", "10",
                "price", "1.5"))
                .statusCode(201)
                .body("clientOid", notNullValue())
                .extract().path("orderId");

        given().queryParam("symbol", "XRPUSDT").get("/api/orders")
                .then().statusCode(200)
                .body("orderId", hasItem(orderId));
        given().delete("/api/orders/XRPUSDT/" + orderId)
                .then().statusCode(200)
                .body("orderId", equalTo(orderId));
        given().delete("/api/orders/XRPUSDT/" + orderId)
                .then().statusCode(404)
                .body("code", equalTo("order_not_found"))
                .body("bitgetCode", notNullValue());
    }

    @Test
    void marketOrderOpensAPositionThatCanBeClosed() {
        placeOrder(Map.of("symbol", "BTCUSDT", "side", "sell", "size", "0.01")).statusCode(201);

        given().get("/api/positions")
                .then().statusCode(200)
                .body("findAll { it.symbol == 'BTCUSDT' }.holdSide", hasItem("short"));
        given().post("/api/positions/BTCUSDT/close")
                .then().statusCode(200)
                .body("successList", hasSize(1))
                .body("failureList", hasSize(0));
        given().get("/api/positions")
                .then().statusCode(200)
                .body("symbol", not(hasItem("BTCUSDT")));
    }

    /** A retried request (same clientOid) never places a second order; it names the one that exists. */
    @Test
    void aClientOidUsedBeforeIsAConflict() {
        Map<String, String> order = Map.of("symbol", "XRPUSDT", "side", "buy", "orderType", "limit", "size", "10",
                "price", "1.2", "clientOid", "order-test-duplicate");
        String orderId = placeOrder(order).statusCode(201).extract().path("orderId");

        placeOrder(order)
                .statusCode(409)
                .body("code", equalTo("duplicate_order"))
                .body("clientOid", equalTo("order-test-duplicate"))
                .body("message", containsString(orderId));
        given().queryParam("symbol", "XRPUSDT").get("/api/orders")
                .then().statusCode(200)
                .body("findAll { it.clientOid == 'order-test-duplicate' }", hasSize(1));
    }

    @Test
    void anOrderBeyondTheBalanceIsRejectedByTheExchange() {
        placeOrder(Map.of("symbol", "BTCUSDT", "side", "buy", "size", "90"))
                .statusCode(422)
                .body("code", equalTo("insufficient_balance"))
                .body("bitgetCode", equalTo("43012"))
                .body("message", notNullValue());
    }

    @Test
    void closingAPositionThatIsNotOpenIsRejected() {
        given().post("/api/positions/ETHUSDT/close")
                .then().statusCode(422)
                .body("code", equalTo("rejected"));
    }

    @Test
    void invalidOrdersAreBadRequests() {
        placeOrder(Map.of("symbol", "BTCUSDT", "size", "-1"))
                .statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", equalTo("side: must be buy or sell; size: must be greater than 0"));
        placeOrder(Map.of("symbol", "BTCUSDT", "side", "long", "size", "1"))
                .statusCode(400)
                .body("message", equalTo("side: must be buy or sell"));
        placeOrder(Map.of("symbol", "BTCUSDT", "side", "buy", "size", "abc"))
                .statusCode(400)
                .body("code", equalTo("invalid_request"));
        placeOrder(Map.of("symbol", "BTCUSDT", "side", "buy", "orderType", "limit", "size", "0.01"))
                .statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", containsString("price"));
        given().contentType(ContentType.JSON).post("/api/orders")
                .then().statusCode(400)
                .body("code", equalTo("invalid_request"));
    }
}
