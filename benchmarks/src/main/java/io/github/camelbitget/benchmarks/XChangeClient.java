package io.github.camelbitget.benchmarks;

import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.bitget.BitgetExchange;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.marketdata.Ticker;

/** The peer on the JVM: XChange's Bitget module, pointed at the same server. */
final class XChangeClient {

    private final Exchange exchange;

    XChangeClient(String baseUrl) {
        ExchangeSpecification specification = new ExchangeSpecification(BitgetExchange.class);
        specification.setSslUri(baseUrl);
        // XChange maps "BTCUSDT" back to a pair only from the spot symbols it loads at start (the canned server has them)
        specification.setShouldLoadRemoteMetaData(true);
        exchange = ExchangeFactory.INSTANCE.createExchange(specification);
    }

    Ticker spotTicker() throws Exception {
        return exchange.getMarketDataService().getTicker(CurrencyPair.BTC_USDT);
    }
}
