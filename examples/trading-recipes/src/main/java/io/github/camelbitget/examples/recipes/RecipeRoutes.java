package io.github.camelbitget.examples.recipes;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.model.Position;
import org.apache.camel.builder.RouteBuilder;

/**
 * The original SDK's recipes as Camel routes: the ticker log, DCA into a USDT perpetual, auto-flat at the end of the
 * day and the spot-vs-perp basis scanner; plus the day's journal and its reconciliation. Intervals and sizes come from
 * {@code application.properties}.
 */
public class RecipeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        tickerLog();
        dca();
        autoFlat();
        basisScanner();
        journal();
    }

    /** The SDK's first example: log the BTC perpetual's last price. */
    private void tickerLog() {
        from("timer:ticker?period={{recipes.ticker.interval}}").routeId("ticker-log")
                .to("bitget:futures/tickers?symbol={{recipes.dca.symbol}}")
                .log("{{recipes.dca.symbol}}: ${body[0].lastPr}");
    }

    /** Set a sensible leverage once, then buy a fixed quote amount at market every interval. */
    private void dca() {
        from("timer:dca-setup?repeatCount=1&delay=0").routeId("dca-setup")
                .to("bitget:futures/setLeverage?symbol={{recipes.dca.symbol}}&leverage={{recipes.dca.leverage}}")
                .log("DCA: {{recipes.dca.symbol}} leverage set to ${body.longLeverage}x");

        // synchronous: the next tick waits for this one's (asynchronous) Bitget calls
        from("timer:dca?delay={{recipes.dca.first-delay}}&period={{recipes.dca.interval}}&synchronous=true")
                .routeId("dca")
                .to("bitget:futures/contracts?symbol={{recipes.dca.symbol}}")
                .setProperty("contract", simple("${body[0]}"))
                .to("bitget:futures/tickers?symbol={{recipes.dca.symbol}}")
                .setProperty("price", simple("${body[0].lastPr}"))
                .setHeader(BitgetConstants.SIZE, method("dcaSizing", "size"))
                .setBody(constant(null))
                .to("bitget:futures/placeOrder?symbol={{recipes.dca.symbol}}&side=buy&orderType=market")
                .log("DCA: long ${header.CamelBitgetSize} {{recipes.dca.symbol}} @ ~${exchangeProperty.price}:"
                     + " order ${header.CamelBitgetOrderId} (clientOid ${header.CamelBitgetClientOid})");
    }

    /** Close every open position once it is flat time (the seed: 23:55 UTC). */
    private void autoFlat() {
        from("timer:auto-flat?period={{recipes.auto-flat.check-interval}}&synchronous=true").routeId("auto-flat")
                .filter(method("flatSchedule", "isFlatTime"))
                .to("bitget:futures/positions")
                .split(body())
                    .filter(exchange -> exchange.getMessage().getBody(Position.class).total().signum() > 0)
                    .setHeader(BitgetConstants.SYMBOL, simple("${body.symbol}"))
                    .setHeader(BitgetConstants.HOLD_SIDE, simple("${body.holdSide}"))
                    .setBody(constant(null))
                    .to("bitget:futures/closePosition")
                    .log("Auto-flat: closed ${header.CamelBitgetSymbol} ${header.CamelBitgetHoldSide}"
                         + " (orders ${body.successList})");
    }

    /** The top 5 USDT perpetuals by absolute basis against spot. */
    private void basisScanner() {
        from("timer:basis?delay={{recipes.basis.first-delay}}&period={{recipes.basis.interval}}&synchronous=true")
                .routeId("basis-scanner")
                .to("bitget:futures/tickers?productType=USDT-FUTURES")
                .setProperty("perpetuals", body())
                .to("bitget:spot/tickers")
                .bean("basisScanner", "widest")
                .split(body())
                    .log("Basis: ${body}");
    }

    /** The day's trades, and the settling of orders whose answer was lost. */
    private void journal() {
        from("timer:journal?delay={{recipes.journal.interval}}&period={{recipes.journal.interval}}")
                .routeId("journal-report")
                .bean("journalReport", "summary")
                .log("Journal: ${body}");

        from("timer:reconcile?period={{recipes.journal.reconcile-interval}}").routeId("journal-reconcile")
                .to("bitget:futures/reconcileJournal")
                .filter(simple("${body.resolved.size} > 0 || ${body.unresolved.size} > 0"))
                    .log("Journal: settled ${body.resolved.size}, still open ${body.unresolved.size}");
    }
}
