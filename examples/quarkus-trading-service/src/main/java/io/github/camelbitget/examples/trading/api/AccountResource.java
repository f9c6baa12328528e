package io.github.camelbitget.examples.trading.api;

import java.util.List;
import java.util.Map;

import io.github.camelbitget.examples.trading.bitget.BitgetGateway;
import io.github.camelbitget.model.FuturesAccount;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The futures account of the service's key. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "account")
public class AccountResource {

    @Inject
    BitgetGateway bitget;

    @GET
    @Operation(summary = "Futures accounts (one per margin coin): equity, available, locked")
    public List<FuturesAccount> accounts() {
        return bitget.list("futures/accounts", Map.of());
    }
}
