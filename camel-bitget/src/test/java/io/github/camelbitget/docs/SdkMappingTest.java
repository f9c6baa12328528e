package io.github.camelbitget.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.camelbitget.api.Operation;
import org.junit.jupiter.api.Test;

/** The guides name every method of the original SDK, every operation and every exception type. */
class SdkMappingTest {

    private static final List<String> SDK_METHODS = List.of("futures_tickers", "spot_tickers", "futures_candles",
            "spot_candles", "futures_orderbook", "futures_accounts", "spot_assets", "futures_positions",
            "futures_pending_orders", "futures_orders_history", "futures_place_order", "futures_cancel_order",
            "futures_close_position", "futures_set_leverage", "spot_place_order", "BitgetAPIError", "TradeLog",
            "paptrading", "DCA into a USDT perp", "Auto-flat at end of day", "Spot-vs-perp basis arb scanner");

    @Test
    void everySdkMethodAndRecipeHasItsCamelForm() throws Exception {
        String page = Files.readString(Path.of("../docs/sdk-mapping.md"));

        assertThat(SDK_METHODS).allSatisfy(method -> assertThat(page).contains(method));
    }

    @Test
    void everyOperationIsOnTheOperationsPage() throws Exception {
        String page = Files.readString(Path.of("../docs/operations.md"));

        for (Operation operation : Operation.values()) {
            assertThat(page).contains("### " + operation.operationName());
            if (operation.hasClassicEndpoint()) {
                assertThat(page).contains("`" + operation.method() + " " + operation.path() + "`");
            }
            if (operation.unified().isV3()) {
                assertThat(page).contains(" " + operation.unified().path() + "`");
            }
        }
    }

    @Test
    void everyExceptionTypeIsOnTheErrorHandlingPage() throws Exception {
        String page = Files.readString(Path.of("../docs/error-handling.md"));
        try (var classes = Files.list(Path.of("src/main/java/io/github/camelbitget/exception"))) {
            List<String> exceptions = classes.map(file -> file.getFileName().toString().replace(".java", ""))
                    .filter(name -> name.endsWith("Exception") && !name.equals("BitgetException")).toList();
            assertThat(exceptions).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(page).contains(name));
        }
    }
}
