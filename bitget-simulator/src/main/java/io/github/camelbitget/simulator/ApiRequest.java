package io.github.camelbitget.simulator;

/**
 * What an endpoint handler gets: the parameters, the exchange, the caller's trading book (private endpoints
 * only, otherwise {@code null}) and the simulator's "now".
 */
record ApiRequest(Params params, Exchange exchange, TradingBook book, long now) {
}
