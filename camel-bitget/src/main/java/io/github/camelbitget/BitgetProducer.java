package io.github.camelbitget;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.client.BitgetResponse;
import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.model.OrderResult;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;

/**
 * Calls one Bitget operation per message: on the caller's thread when the request need not wait (the exchange then
 * completes synchronously), else without blocking the caller while it waits for a rate-limit turn or a backoff. The
 * body becomes the typed result (a record, or a List of records); order ids, Bitget's request time and list cursors
 * go to headers.
 */
public class BitgetProducer extends DefaultAsyncProducer {

    private final RequestResolver requestResolver;
    private final OrderJournal orderJournal;
    private WritableHealthCheckRepository healthCheckRepository;
    private BitgetHealthCheck healthCheck;

    public BitgetProducer(BitgetEndpoint endpoint) {
        super(endpoint);
        this.requestResolver = new RequestResolver(endpoint.market(), endpoint.operation(),
                endpoint.getConfiguration());
        this.orderJournal = new OrderJournal(endpoint.getConfiguration().getTradeJournal());
    }

    @Override
    public BitgetEndpoint getEndpoint() {
        return (BitgetEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new BitgetHealthCheck(getEndpoint(),
                    "producer:bitget:" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()));
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        PreparedRequest request;
        List<TradeEntry> journalEntries;
        try {
            request = requestResolver.resolve(exchange.getMessage());
            journalEntries = orderJournal.beforeSending(request);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        CompletableFuture<BitgetResponse> answer = getEndpoint().getClient().sendAsync(request);
        // answered on this thread already: whenComplete runs right here, and the exchange completes synchronously
        boolean doneSync = answer.isDone();
        answer.whenComplete((response, failure) -> {
            try {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                orderJournal.afterAnswer(journalEntries, response == null ? null : response.data(), cause,
                        exchange.getMessage());
                if (cause != null) {
                    exchange.setException(cause);
                } else {
                    writeResult(exchange.getMessage(), request, response);
                }
            } finally {
                callback.done(doneSync);
            }
        });
        return doneSync;
    }

    private static void writeResult(Message message, PreparedRequest request, BitgetResponse response) {
        message.setBody(response.data());
        message.setHeader(BitgetConstants.REQUEST_TIME, response.requestTime());
        if (response.endId() != null) {
            message.setHeader(BitgetConstants.END_ID, response.endId());
        }
        if (response.recovery() != null) {
            message.setHeader(BitgetConstants.ORDER_RECOVERY, response.recovery());
        }
        if (response.accountType() != null) {
            message.setHeader(BitgetConstants.ACCOUNT_TYPE, response.accountType());
        }
        if (response.data() instanceof OrderResult order) {
            message.setHeader(BitgetConstants.ORDER_ID, order.orderId());
            message.setHeader(BitgetConstants.CLIENT_OID,
                    order.clientOid() != null ? order.clientOid() : request.clientOid());
        }
    }
}
