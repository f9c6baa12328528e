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
        specification.setShouldLoadRemoteMetaData(false);
        exchange = ExchangeFactory.INSTANCE.createExchange(specification);
    }

    Ticker spotTicker() throws Exception {
        return exchange.getMarketDataService().getTicker(CurrencyPair.BTC_USDT);
    }
}
