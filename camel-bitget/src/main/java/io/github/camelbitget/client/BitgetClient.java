package io.github.camelbitget.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelbitget.api.AccountProfile;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.exception.BitgetAccountTypeException;
import io.github.camelbitget.exception.BitgetAccountUnavailableException;
import io.github.camelbitget.exception.BitgetClockSkewException;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.exception.BitgetDuplicateClientOidException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetUnsupportedOperationException;
import io.github.camelbitget.model.AccountSettings;

/**
 * Sends Bitget requests the way an exchange needs them sent: to the API family of the account (v2 for classic
 * accounts, v3 for unified trading accounts, found out once per key and environment and again when Bitget says
 * otherwise), within Bitget's rate limits (waiting for a permit, backing off after a 429 and sending the refused
 * request again), signed with Bitget's clock (resynced and retried once after 40008), reads retried after transient
 * failures, and orders never placed twice (a lost answer is settled by looking the order up by its clientOid before
 * sending it again). Plain Java, usable without Camel; one instance per set of credentials.
 */
public final class BitgetClient {

    public static final String DEFAULT_BASE_URL = "https://api.bitget.com";

    private final HttpTransport transport;
    private final String baseUrl;
    private final RateLimits rateLimits;
    private final Duration rateLimitMaxWait;
    private final Duration rateLimitBackoff;
    private final ServerClock clock;
    private final RetryPolicy retryPolicy;
    private final boolean orderResend;
    private final AccountType accountType;
    private final AccountProfiles accountProfiles;

    private BitgetClient(Builder builder) {
        this.baseUrl = stripTrailingSlash(builder.baseUrl);
        this.clock = builder.serverClock;
        this.transport = new HttpTransport(Objects.requireNonNull(builder.httpClient, "httpClient"), baseUrl,
                builder.credentials, builder.requestTimeout, builder.locale,
                clock == null ? System::currentTimeMillis : clock::now);
        this.rateLimits = builder.rateLimits;
        this.rateLimitMaxWait = builder.rateLimitMaxWait;
        this.rateLimitBackoff = builder.rateLimitBackoff;
        this.retryPolicy = builder.retryPolicy;
        this.orderResend = builder.orderResend;
        this.accountType = builder.accountType;
        this.accountProfiles = builder.accountProfiles;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Checks the parameters, then calls the operation and waits for the answer. */
    public BitgetResponse execute(Operation operation, Mode mode, Map<String, ?> parameters) {
        return send(RequestPreparer.prepare(operation, mode, parameters));
    }

    /** Sends a prepared request and waits for the answer. */
    public BitgetResponse send(PreparedRequest request) {
        try {
            return sendAsync(request).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BitgetException bitget) {
                throw bitget;
            }
            throw e;
        }
    }

    /**
     * Sends a prepared request. A request that need not wait is sent and answered on the calling thread (the future
     * is complete when this returns); one that must wait (for a rate-limit turn, a retry's backoff, or the clock sync
     * or account question of a concurrent request) returns at once and continues on a thread of the client's own pool.
     * The future fails with a {@link BitgetException}: an API error, a transport failure, a client-side rate limit or
     * missing credentials (the last two before sending anything), or {@link BitgetOrderStateUnknownException} for an
     * order whose fate could not be settled.
     */
    public CompletableFuture<BitgetResponse> sendAsync(PreparedRequest request) {
        if (request.operation().requiresAuth() && !transport.hasCredentials()) {
            return CompletableFuture.failedFuture(new BitgetCredentialsMissingException(request.operation().toString()));
        }
        return OrderRecovery.applies(request) ? placeOrder(request, 0) : call(request);
    }

    /**
     * One request for the account's API family, within the limits, with Bitget's clock and the retries of reads;
     * orders are not recovered here. Public market data goes to v2 for every account.
     */
    private CompletableFuture<BitgetResponse> call(PreparedRequest request) {
        return request.operation().requiresAuth() ? forAccount(request, true) : attempt(request, 0, false);
    }

    /**
     * Sends a private request in the form its account needs. Bitget refusing it for the other account kind
     * (40084/40085) means it was not executed: with {@code accountType=auto} the account is asked about again and the
     * request sent once more in the new form.
     */
    private CompletableFuture<BitgetResponse> forAccount(PreparedRequest request, boolean mayAskAgain) {
        return resumed(accountProfile(request.mode()))
                .thenCompose(profile -> forProfile(request, profile, mayAskAgain));
    }

    private CompletableFuture<BitgetResponse> forProfile(PreparedRequest request, AccountProfile profile,
                                                         boolean mayAskAgain) {
        return attempt(wireForm(request, profile), 0, false)
                .thenApply(response -> {
                    if (profile.isUnified() && request.operation() == Operation.FUTURES_SET_POSITION_MODE) {
                        // the position mode translates every later order: read it again
                        accountProfiles.forget(transport.apiKey(), request.mode(), profile);
                    }
                    return response;
                })
                .exceptionallyCompose(failure -> {
                    Throwable cause = unwrap(failure);
                    boolean contradicted = cause instanceof BitgetAccountTypeException
                                           || cause instanceof BitgetPositionModeException && profile.isUnified();
                    if (contradicted) {
                        accountProfiles.forget(transport.apiKey(), request.mode(), profile);
                    }
                    if (cause instanceof BitgetAccountTypeException && mayAskAgain
                        && accountType == AccountType.AUTO) {
                        return forAccount(request, false);
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    private PreparedRequest wireForm(PreparedRequest request, AccountProfile profile) {
        Operation operation = request.operation();
        if (profile.isUnified()) {
            return operation.unified().route(request, profile);
        }
        if (!operation.hasClassicEndpoint()) {
            throw new BitgetUnsupportedOperationException(operation.toString(), operation
                    + " needs a unified trading account (Bitget's v3 API); this API key belongs to a classic account"
                    + (accountType == AccountType.CLASSIC ? " (accountType=classic)" : ""));
        }
        return request;
    }

    private CompletableFuture<AccountProfile> accountProfile(Mode mode) {
        if (accountType == AccountType.CLASSIC) {
            return CompletableFuture.completedFuture(AccountProfile.CLASSIC);
        }
        return accountProfiles.profile(transport.apiKey(), mode, () -> askAccountType(mode));
    }

    /**
     * Asks Bitget for the account's settings on the v3 API: an answer means a unified account (with its position
     * mode), {@code 40084}/{@code 25245} a classic one; anything else fails the request rather than guessing.
     */
    private CompletableFuture<AccountProfile> askAccountType(Mode mode) {
        PreparedRequest settings = Operation.ACCOUNT_SETTINGS.unified().route(
                RequestPreparer.prepare(Operation.ACCOUNT_SETTINGS, mode, Map.of()),
                new AccountProfile(AccountType.UNIFIED, null));
        return attempt(settings, 0, false).handle((response, failure) -> {
            if (failure == null) {
                AccountSettings answer = (AccountSettings) response.data();
                String accountMode = answer == null ? null : answer.accountMode();
                return switch (String.valueOf(accountMode)) {
                    case "unified", "hybrid" -> new AccountProfile(AccountType.UNIFIED, answer.holdMode());
                    default -> throw new BitgetAccountUnavailableException(accountMode);
                };
            }
            Throwable cause = unwrap(failure);
            if (cause instanceof BitgetAccountTypeException && accountType == AccountType.AUTO) {
                return AccountProfile.CLASSIC;
            }
            throw cause instanceof CompletionException completion ? completion : new CompletionException(cause);
        });
    }

    private CompletableFuture<BitgetResponse> attempt(PreparedRequest request, int retries, boolean resynced) {
        CompletableFuture<BitgetResponse> answer;
        try {
            if (rateLimits == null) {
                answer = clockReady(request).thenCompose(ready -> exchange(request));
            } else {
                RateLimits.Permit permit = rateLimits.reserve(request, transport.apiKey(), rateLimitMaxWait);
                answer = after(rateLimits.untilPlanned(permit), () -> whenStarted(permit))
                        .thenCompose(started -> clockReady(request))
                        .thenCompose(ready -> exchange(request));
            }
        } catch (BitgetRateLimitException e) {
            return CompletableFuture.failedFuture(e);
        }
        return answer.exceptionallyCompose(failure -> {
            Throwable cause = unwrap(failure);
            if (cause instanceof BitgetRateLimitException tooMany && !tooMany.isClientSide() && rateLimits != null) {
                rateLimits.tooManyRequests(request, transport.apiKey(),
                        tooMany.getRetryAfter() != null ? tooMany.getRetryAfter() : rateLimitBackoff);
            }
            if (cause instanceof BitgetClockSkewException && clock != null && !resynced) {
                return resumed(clock.resync(this::call, clock.current()))
                        .thenCompose(done -> attempt(request, retries, true));
            }
            if (retries < retryPolicy.attempts()
                && ("GET".equals(request.method()) ? retryPolicy.isTransient(cause) : RetryPolicy.isRefused(cause))) {
                return after(retryPolicy.delay(retries + 1, cause), () -> attempt(request, retries + 1, resynced));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    /** Completes when the permit's request may start, checked at that very moment. */
    private CompletableFuture<Void> whenStarted(RateLimits.Permit permit) {
        Duration wait = rateLimits.startNow(permit);
        return wait.isZero() ? CompletableFuture.completedFuture(null) : after(wait, () -> whenStarted(permit));
    }

    private CompletableFuture<Void> clockReady(PreparedRequest request) {
        return clock != null && request.operation().requiresAuth()
                ? resumed(clock.synced(this::call)) : CompletableFuture.completedFuture(null);
    }

    /**
     * Places an order so that it exists at most once: an unsettled answer is followed by a lookup by clientOid; a
     * duplicate clientOid resolves to the existing order; an order Bitget does not have is sent again, same clientOid.
     */
    private CompletableFuture<BitgetResponse> placeOrder(PreparedRequest order, int resends) {
        return call(order).exceptionallyCompose(failure -> {
            Throwable cause = unwrap(failure);
            if (cause instanceof BitgetDuplicateClientOidException) {
                return OrderRecovery.lookup(order, this::call).thenApply(found -> found
                        .map(existing -> existing.recovered(Recovery.DUPLICATE))
                        .orElseThrow(() -> new CompletionException(cause)));
            }
            if (!OrderRecovery.isUnsettled(order, cause)) {
                return CompletableFuture.failedFuture(cause);
            }
            return OrderRecovery.lookup(order, this::call)
                    .exceptionallyCompose(lookupFailure -> CompletableFuture.failedFuture(unknown(order,
                            "no answer (" + cause.getMessage() + "), and looking it up failed too ("
                                                         + unwrap(lookupFailure).getMessage() + ")",
                            cause)))
                    .thenCompose(found -> {
                        if (found.isPresent()) {
                            return CompletableFuture.completedFuture(found.get().recovered(Recovery.FOUND));
                        }
                        if (!orderResend || resends >= Math.max(1, retryPolicy.attempts())) {
                            return CompletableFuture.failedFuture(unknown(order, "no answer (" + cause.getMessage()
                                    + ") and Bitget has no order with this clientOid yet; "
                                    + (orderResend ? "it was sent " + (resends + 1) + " times"
                                            : "automatic resend is off (orderResend=false)"), cause));
                        }
                        return placeOrder(order, resends + 1).thenApply(response -> response.recovery() == null
                                ? response.recovered(Recovery.RESENT) : response);
                    });
        });
    }

    private static BitgetOrderStateUnknownException unknown(PreparedRequest order, String why, Throwable cause) {
        return new BitgetOrderStateUnknownException(order.clientOid(), order.operation().toString(), why, cause);
    }

    private CompletableFuture<BitgetResponse> exchange(PreparedRequest request) {
        try {
            return CompletableFuture.completedFuture(transport.send(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <T> CompletableFuture<T> after(Duration wait, Supplier<CompletableFuture<T>> action) {
        if (wait.isZero() || wait.isNegative()) {
            return action.get();
        }
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS, ClientThreads.POOL))
                .thenCompose(ignored -> action.get());
    }

    /**
     * A stage shared with other requests (clock sync, account question): what follows it runs on the calling thread
     * when it is done already, else on the client's pool, never on the thread of the request that completes it.
     */
    private static <T> CompletableFuture<T> resumed(CompletableFuture<T> shared) {
        return shared.isDone() ? shared : shared.whenCompleteAsync((value, failure) -> { }, ClientThreads.POOL);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String stripTrailingSlash(String url) {
        Objects.requireNonNull(url, "baseUrl");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether this client has credentials for private operations. */
    public boolean hasCredentials() {
        return transport.hasCredentials();
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return "BitgetClient[" + baseUrl + (hasCredentials() ? ", with credentials" : ", public only") + "]";
    }

    public static final class Builder {

        private HttpClient httpClient;
        private String baseUrl = DEFAULT_BASE_URL;
        private BitgetCredentials credentials;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private String locale = "en-US";
        private RateLimits rateLimits = new RateLimits(Map.of());
        private Duration rateLimitMaxWait = Duration.ofSeconds(5);
        private Duration rateLimitBackoff = Duration.ofSeconds(1);
        private ServerClock serverClock = new ServerClock();
        private RetryPolicy retryPolicy = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));
        private boolean orderResend = true;
        private AccountType accountType = AccountType.AUTO;
        private AccountProfiles accountProfiles = new AccountProfiles();

        private Builder() {
        }

        /** The HttpClient to send through; by default one from {@link BitgetHttpClients#forRequests}. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Credentials for private operations; without them only public operations work. */
        public Builder credentials(BitgetCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /** Language of Bitget's messages: {@code en-US} (default), {@code zh-CN}, ... */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Bitget's request limits, shared by every client of the process; null sends without client-side limits.
         * {@code maxWait}: the longest a request waits for a permit before failing; {@code backoff}: the pause of an
         * endpoint after a 429 without Retry-After.
         */
        public Builder rateLimits(RateLimits rateLimits, Duration maxWait, Duration backoff) {
            this.rateLimits = rateLimits;
            this.rateLimitMaxWait = maxWait;
            this.rateLimitBackoff = backoff;
            return this;
        }

        /** Bitget's clock, shared by the clients of one base URL; null signs with the local clock. */
        public Builder serverClock(ServerClock serverClock) {
            this.serverClock = serverClock;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** Whether an order Bitget has no record of after a lost answer is sent again (same clientOid). */
        public Builder orderResend(boolean orderResend) {
            this.orderResend = orderResend;
            return this;
        }

        /**
         * The kind of account of the credentials: {@code AUTO} (default) asks Bitget once, {@code CLASSIC} speaks v2
         * only, {@code UNIFIED} v3 only.
         */
        public Builder accountType(AccountType accountType) {
            this.accountType = accountType;
            return this;
        }

        /** Where Bitget's answers about account kinds are remembered, shared by the clients of a base URL. */
        public Builder accountProfiles(AccountProfiles accountProfiles) {
            this.accountProfiles = accountProfiles;
            return this;
        }

        public BitgetClient build() {
            if (httpClient == null) {
                httpClient = BitgetHttpClients.forRequests(Duration.ofSeconds(10), null);
            }
            return new BitgetClient(this);
        }
    }
}
