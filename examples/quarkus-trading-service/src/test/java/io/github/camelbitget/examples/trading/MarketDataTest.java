package io.github.camelbitget.examples.trading;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Public market data from the simulator of the Dev Service. */
@QuarkusTest
class MarketDataTest {

    @Test
    void tickersOfAllPerpetualsOrOne() {
        given().get("/api/market/tickers")
                .then().statusCode(200)
                .body("symbol", hasItems("BTCUSDT", "ETHUSDT", "SOLUSDT"));
        given().queryParam("symbol", "BTCUSDT").get("/api/market/tickers")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].symbol", equalTo("BTCUSDT"))
                .body("[0].lastPr", notNullValue());
    }

    @Test
    void candles() {
        given().queryParam("granularity", "15m").queryParam("limit", "30").get("/api/market/candles/ETHUSDT")
                .then().statusCode(200)
                .body("", hasSize(30))
                .body("open", everyItem(notNullValue()));
    }

    @Test
    void orderBookLevelsArePriceAndSize() {
        given().queryParam("limit", "5").get("/api/market/orderbook/BTCUSDT")
                .then().statusCode(200)
                .body("asks", hasSize(5))
                .body("bids[0]", hasSize(2));
    }

    @Test
    void aMalformedSymbolIsRefusedBeforeBitget() {
        given().queryParam("symbol", "BTCUSDT&baseUrl=http://elsewhere").get("/api/market/tickers")
                .then().statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", startsWith("symbol: must be a symbol"));
    }

    @Test
    void aGranularityBitgetDoesNotKnowIsABadRequest() {
        given().queryParam("granularity", "7m").get("/api/market/candles/BTCUSDT")
                .then().statusCode(400)
                .body("code", equalTo("invalid_request"))
                .body("message", notNullValue());
    }
}
