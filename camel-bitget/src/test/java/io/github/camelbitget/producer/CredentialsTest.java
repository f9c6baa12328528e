package io.github.camelbitget.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Without credentials: private operations fail before any request, public ones work unsigned. */
class CredentialsTest extends WireMockBitgetTestSupport {

    @Override
    protected boolean withCredentials() {
        return false;
    }

    @Test
    void privateOperationWithoutCredentialsSendsNothing() {
        Exchange exchange = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", null);

        assertNothingSent();
        assertThat(exchange.getException()).isInstanceOf(BitgetCredentialsMissingException.class)
                .hasMessageContaining("futures/placeOrder is a private Bitget operation")
                .hasMessageContaining("apiKey, secretKey and passphrase")
                .hasMessageContaining("camel.component.bitget.apiKey")
                .hasMessageContaining("camel.component.bitget.api-key");
    }

    @Test
    void publicOperationWithoutCredentials() {
        stubGet("/api/v2/mix/market/ticker", "[{\"symbol\":\"BTCUSDT\",\"lastPr\":\"1\"}]");

        java.util.List<FuturesTicker> tickers = template.requestBody("bitget:futures/tickers?symbol=BTCUSDT",
                (Object) null, java.util.List.class);

        assertUnsigned(onlyRequest());
        assertThat(tickers).hasSize(1);
    }

    @Test
    void incompleteCredentialsFailAtEndpointCreationWithoutShowingThem() {
        assertThatThrownBy(() -> context.getEndpoint("bitget:spot/tickers?apiKey=k-123&secretKey=s-456"))
                .rootCause().hasMessage("Bitget credentials are incomplete: passphrase is missing; set apiKey,"
                                        + " secretKey and passphrase together");
    }

    @Test
    void credentialsOnTheUriOverrideTheComponent() {
        stubGet("/api/v2/mix/account/accounts", "[]");

        template.requestBody("bitget:futures/accounts?apiKey=RAW(" + API_KEY + ")&secretKey=RAW(" + SECRET_KEY
                             + ")&passphrase=RAW(" + PASSPHRASE + ")", (Object) null);

        assertSigned(onlyRequest());
    }
}
