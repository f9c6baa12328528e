package io.github.camelbitget.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An offline, stateful Bitget exchange on {@code http://127.0.0.1:<port>}: the v2 API for classic accounts, the
 * v3 API for unified trading accounts, accounts, orders, fills and positions, signatures and rate limits
 * checked like Bitget's, plus fault injection for tests.
 *
 * <pre>{@code
 * try (BitgetSimulator simulator = BitgetSimulator.builder().price("BTCUSDT", "76000").build().start()) {
 *     String baseUrl = simulator.baseUrl();              // give this to any Bitget client
 *     simulator.setPrice("BTCUSDT", new BigDecimal("75000"));
 *     simulator.account().positions();                   // default key, live book
 * }
 * }</pre>
 */
public final class BitgetSimulator implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    /** How often armed v3 countdown cancel-alls are checked against the simulator's clock. */
    private static final long COUNTDOWN_CHECK_MILLIS = 100;

    private final Object lifecycle = new Object();
    private final SimulatorClock clock = new SimulatorClock();
    private final Faults faults = new Faults(clock);
    private final RequestLog requestLog = new RequestLog();
    private final RateLimiter rateLimiter;
    private final Streams streams;
    private volatile SimulatorConfig config;
    private volatile Exchange exchange;
    private Vertx vertx;
    private SimulatorServer server;

    private BitgetSimulator(SimulatorConfig config) {
        this.config = config;
        this.rateLimiter = new RateLimiter(config.rateLimits());
        this.streams = new Streams(config.streams(), faults.streams());
        this.exchange = new Exchange(config, clock, streams);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 (on the configured port, 0 = any free port), starts the price timer if configured and the
     * timer that fires due countdown cancel-alls.
     */
    public BitgetSimulator start() {
        synchronized (lifecycle) {
            if (vertx != null) {
                throw new IllegalStateException("the simulator is already started");
            }
            vertx = Vertx.vertx(new VertxOptions()
                    .setEventLoopPoolSize(1)
                    .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
            server = new SimulatorServer(vertx, () -> exchange, Routes.bitget(), rateLimiter, faults, requestLog, streams);
            try {
                server.listen(config.port()).toCompletionStage().toCompletableFuture()
                        .get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while starting", e);
            } catch (ExecutionException | TimeoutException e) {
                close();
                throw new IllegalStateException("cannot listen on " + SimulatorServer.HOST + ":" + config.port(), e);
            }
            vertx.setPeriodic(COUNTDOWN_CHECK_MILLIS, id -> exchange.expireCountdowns());
            streams.start(vertx, () -> exchange);
            long interval = config.walkInterval().toMillis();
            if (interval > 0) {
                vertx.setPeriodic(interval, id -> exchange.advancePrices(1));
            }
            return this;
        }
    }

    /** Stops the server and its timers. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (vertx == null) {
                return;
            }
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot stop the simulator", e);
            } finally {
                vertx = null;
                server = null;
            }
        }
    }

    /** {@code http://127.0.0.1:<port>}, the base URL to give a Bitget client instead of {@code https://api.bitget.com}. */
    public String baseUrl() {
        return "http://" + SimulatorServer.HOST + ":" + port();
    }

    /**
     * {@code ws://127.0.0.1:<port>}, the WebSocket base of the live environment instead of {@code wss://ws.bitget.com}:
     * channels are on {@code /v2/ws/public} and {@code /v2/ws/private}.
     */
    public String webSocketUrl() {
        return webSocketUrl(Environment.LIVE);
    }

    /**
     * The WebSocket base of an environment: demo ({@code wss://wspap.bitget.com} at Bitget) is
     * {@code ws://127.0.0.1:<port>/demo}, where only keys valid for demo trading log in.
     */
    public String webSocketUrl(Environment environment) {
        String base = "ws://" + SimulatorServer.HOST + ":" + port();
        return environment == Environment.DEMO ? base + "/demo" : base;
    }

    public int port() {
        synchronized (lifecycle) {
            if (server == null) {
                throw new IllegalStateException("the simulator is not started");
            }
            return server.port();
        }
    }

    /**
     * Back to the configured start: prices, accounts (including ones added with {@link #addAccount}) and their
     * balances, no orders or positions, no faults, no clock skew, empty request and stream logs, fresh rate-limit
     * windows; WebSocket connections are closed (close frame 1000). The server keeps its port.
     */
    public void reset() {
        Exchange fresh = new Exchange(config, clock, streams);
        faults.clear();
        streams.closeAll();
        exchange = fresh;
        requestLog.clear();
        rateLimiter.clear();
        rateLimiter.setEnabled(config.rateLimits());
    }

    // ---------------------------------------------------------------- market

    public BigDecimal price(String symbol) {
        return exchange.locked(() -> exchange.marketData().price(symbol));
    }

    public Map<String, BigDecimal> prices() {
        return exchange.locked(() -> exchange.marketData().prices());
    }

    /** Sets a symbol's price (spot and futures share it) and fills the limit orders it reaches. */
    public void setPrice(String symbol, BigDecimal price) {
        exchange.setPrice(symbol, price);
    }

    public void setPrice(String symbol, String price) {
        setPrice(symbol, new BigDecimal(price));
    }

    /** Moves every price {@code steps} steps along its seeded random walk, filling limit orders on the way. */
    public void advancePrices(int steps) {
        exchange.advancePrices(steps);
    }

    // ---------------------------------------------------------------- accounts

    /** Adds a user with the configured starting balances; it stays across {@link #reset()}. */
    public void addAccount(ApiKey key) {
        Exchange current = exchange;
        current.locked(() -> current.accounts().add(key, clock.now()));
        config = config.withApiKey(key);
    }

    /**
     * Gives an existing API key a new secret, passphrase or set of environments, as when a user edits the key on
     * Bitget; its orders, positions and balances stay.
     */
    public void changeCredentials(ApiKey key) {
        Exchange current = exchange;
        current.locked(() -> current.accounts().changeCredentials(key));
        config = config.withApiKey(key);
    }

    /**
     * Upgrades the key's account (live and demo) to a unified trading account, as Bitget's upgrade does: from now
     * on its private v2 calls get {@code 40085} and v3 serves it. The futures accounts' cash moves into the one
     * wallet; orders and positions stay. Fails when its product types have different position modes.
     * {@link #reset()} restores the configured account type.
     */
    public void upgradeToUnified(String apiKey) {
        changeAccountType(apiKey, AccountType.UNIFIED);
    }

    /**
     * Switches a unified account back to classic (v2 serves it, v3 answers {@code 40084}). Only when it has no
     * open orders or positions; all funds stay in the spot wallet and the countdown cancel-all is turned off.
     */
    public void switchToClassic(String apiKey) {
        changeAccountType(apiKey, AccountType.CLASSIC);
    }

    private void changeAccountType(String apiKey, AccountType type) {
        Exchange current = exchange;
        current.locked(() -> current.accounts().changeAccountType(apiKey, type, clock.now()));
    }

    /** The live book of the default key ({@code sim-api-key}). */
    public AccountView account() {
        return account(ApiKey.DEFAULT.apiKey(), Environment.LIVE);
    }

    /** The default key's book in {@code environment}. */
    public AccountView account(Environment environment) {
        return account(ApiKey.DEFAULT.apiKey(), environment);
    }

    public AccountView account(String apiKey, Environment environment) {
        Objects.requireNonNull(environment, "environment");
        exchange.locked(() -> exchange.accounts().key(apiKey))
                .orElseThrow(() -> new IllegalArgumentException("unknown API key " + apiKey));
        return new AccountView(() -> exchange, apiKey, environment);
    }

    // ---------------------------------------------------------------- test controls

    public Faults faults() {
        return faults;
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    /** Every text frame WebSocket clients sent, per connection, with path and arrival time. */
    public StreamLog streamLog() {
        return streams.log();
    }

    /** WebSocket connections open right now. */
    public int openStreamConnections() {
        return streams.openConnections();
    }

    public void setRateLimitsEnabled(boolean enabled) {
        rateLimiter.setEnabled(enabled);
    }

    public boolean rateLimitsEnabled() {
        return rateLimiter.isEnabled();
    }

    /** The simulator's current time in ms (machine clock plus injected skew), Bitget's {@code serverTime}. */
    public long serverTime() {
        return clock.now();
    }

    /** Configuration of a {@link BitgetSimulator}; every setting has a default that works out of the box. */
    public static final class Builder {

        private int port;
        private long seed = 42;
        private final Map<String, BigDecimal> prices = new LinkedHashMap<>();
        private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
        private final Map<String, ApiKey> keys = new LinkedHashMap<>();
        private PositionMode positionMode = PositionMode.ONE_WAY;
        private boolean rateLimits = true;
        private Duration walkInterval = Duration.ZERO;
        private StreamSettings streams = StreamSettings.BITGET;

        private Builder() {
            for (String symbol : new String[] {"BTCUSDT", "BTCPERP", "BTCUSD"}) {
                prices.put(symbol, new BigDecimal("76000"));
            }
            for (String symbol : new String[] {"ETHUSDT", "ETHPERP", "ETHUSD"}) {
                prices.put(symbol, new BigDecimal("2900"));
            }
            prices.put("SOLUSDT", new BigDecimal("180"));
            prices.put("XRPUSDT", new BigDecimal("2.3"));
            balances.put("USDT", new BigDecimal("100000"));
            balances.put("USDC", new BigDecimal("100000"));
            balances.put("BTC", new BigDecimal("2"));
            balances.put("ETH", new BigDecimal("20"));
            keys.put(ApiKey.DEFAULT.apiKey(), ApiKey.DEFAULT);
        }

        /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Seed of the price walks, candles and order books (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Seeds (or overrides) a symbol's starting price. {@code ...USDT} lists spot and USDT-FUTURES,
         * {@code ...PERP} USDC-FUTURES, {@code ...USD} COIN-FUTURES. Defaults: BTCUSDT, ETHUSDT, SOLUSDT, XRPUSDT,
         * BTCPERP, ETHPERP, BTCUSD, ETHUSD.
         */
        public Builder price(String symbol, BigDecimal price) {
            if (price.signum() <= 0) {
                throw new IllegalArgumentException("price of " + symbol + " must be positive");
            }
            prices.put(symbol, price);
            return this;
        }

        public Builder price(String symbol, String price) {
            return price(symbol, new BigDecimal(price));
        }

        /**
         * Starting balance of a coin for every account, in the spot wallet and in each futures account that
         * margins in it. Defaults: USDT 100000, USDC 100000, BTC 2, ETH 20.
         */
        public Builder balance(String coin, BigDecimal amount) {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("balance of " + coin + " must not be negative");
            }
            balances.put(coin, amount);
            return this;
        }

        public Builder balance(String coin, String amount) {
            return balance(coin, new BigDecimal(amount));
        }

        /** Starting position mode of every futures product type (default one-way). */
        public Builder positionMode(PositionMode positionMode) {
            this.positionMode = Objects.requireNonNull(positionMode);
            return this;
        }

        /** Bitget's per-endpoint rate limits (default on). */
        public Builder rateLimits(boolean enabled) {
            this.rateLimits = enabled;
            return this;
        }

        /** Moves prices one walk step per interval; zero (the default) moves them only on request. */
        public Builder walkInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("walk interval must not be negative");
            }
            this.walkInterval = interval;
            return this;
        }

        /** How often the public WebSocket channels push what changed (default 100 ms). */
        public Builder streamInterval(Duration interval) {
            this.streams = streams.withPushInterval(interval);
            return this;
        }

        /**
         * Per-connection WebSocket limits (defaults are Bitget's: 10 messages per second including {@code ping},
         * 240 subscribe requests per hour, 1000 channels). Exceeding the first two sends {@code 30006} or
         * {@code 30007} and closes the connection; a channel over the third is refused with {@code 30007}.
         */
        public Builder streamLimits(int messagesPerSecond, int subscribeRequestsPerHour, int maxChannels) {
            this.streams = streams.withLimits(messagesPerSecond, subscribeRequestsPerHour, maxChannels);
            return this;
        }

        /** A WebSocket connection that sent no {@code ping} for this long is closed (default 2 minutes). */
        public Builder streamPingTimeout(Duration timeout) {
            this.streams = streams.withPingTimeout(timeout);
            return this;
        }

        /** WebSocket connections are closed (close frame 1000) when they get this old (default 24 hours, as at Bitget). */
        public Builder maxConnectionAge(Duration age) {
            this.streams = streams.withMaxConnectionAge(age);
            return this;
        }

        /**
         * Account type of the default key {@code sim-api-key} (default classic): {@link AccountType#UNIFIED} makes it
         * a unified trading account that speaks v3.
         */
        public Builder accountType(AccountType type) {
            Objects.requireNonNull(type, "type");
            keys.computeIfPresent(ApiKey.DEFAULT.apiKey(), (name, key) -> key.withAccountType(type));
            return this;
        }

        /** Adds an API key (a user of its own); a key named {@code sim-api-key} replaces the default one. */
        public Builder apiKey(ApiKey key) {
            keys.put(key.apiKey(), key);
            return this;
        }

        public BitgetSimulator build() {
            return new BitgetSimulator(new SimulatorConfig(port, seed, prices, balances, positionMode, rateLimits,
                    walkInterval, keys.values().stream().toList(), streams));
        }
    }
}
