package io.github.camelbitget;

import io.github.camelbitget.api.Param;
import io.github.camelbitget.client.BitgetClient;
import io.github.camelbitget.journal.TradeJournal;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the Bitget component. Set on the component they are defaults for every endpoint; set on an endpoint URI
 * they override the component; the parameter options (symbol, side, size, ...) can also be set per message with the
 * {@code CamelBitget<Name>} header or in the body.
 */
@UriParams
public class BitgetConfiguration implements Cloneable {

    @UriParam(label = "common",
              enums = "live,demo",
              defaultValue = "live",
              description = "live trades real funds (the default, as in the original SDK); demo uses Bitget's demo trading, which adds the header paptrading: 1 to every private request and needs a demo API key. Can be set per message with header CamelBitgetMode.")
    private String mode = "live";

    @UriParam(label = "common",
              enums = "auto,classic,unified",
              defaultValue = "auto",
              description = "The kind of Bitget account of the API key: classic accounts use Bitget's v2 API, unified trading accounts (UTA, the only kind new accounts get) the v3 API, and each refuses the other's private calls. auto (the default) asks Bitget once per API key and mode with a signed read of the account settings, routes every private operation to v2 or v3 accordingly, and asks again when Bitget answers 40084 or 40085; classic and unified skip the question. The options, headers and result records are the same for both; public market data uses the v2 endpoints, which serve every account. Header CamelBitgetAccountType reports the kind used.")
    private String accountType = "auto";

    @UriParam(label = "common",
              enums = "USDT-FUTURES,USDC-FUTURES,COIN-FUTURES",
              defaultValue = "USDT-FUTURES",
              description = "Futures product type of futures operations: USDT-FUTURES (USDT-margined perpetuals), USDC-FUTURES (USDC-margined) or COIN-FUTURES (coin-margined, inverse).")
    private String productType = "USDT-FUTURES";

    @UriParam(label = "common",
              description = "Trading pair, e.g. BTCUSDT. Required by orders; candles and orderbook default to BTCUSDT as in the original SDK; tickers, contracts and order lists are filtered to it when set.")
    private String symbol;

    @UriParam(label = "common",
              description = "Margin coin of futures operations, upper case. Defaults to USDT for USDT-FUTURES, USDC for USDC-FUTURES and the symbol's base coin (BTC for BTCUSD) for COIN-FUTURES.")
    private String marginCoin;

    @UriParam(label = "security",
              secret = true,
              description = "Bitget API key, needed by private operations (accounts, positions, orders). Never logged.")
    private String apiKey;

    @UriParam(label = "security",
              secret = true,
              description = "Secret of the Bitget API key, used to sign private requests (HMAC-SHA256). Never logged or sent.")
    private String secretKey;

    @UriParam(label = "security",
              secret = true,
              description = "Passphrase chosen when the Bitget API key was created. Never logged.")
    private String passphrase;

    @UriParam(label = "advanced",
              defaultValue = "https://api.bitget.com",
              description = "Base URL of the Bitget REST API; point it at the bitget-simulator or a mock server for tests.")
    private String baseUrl = BitgetClient.DEFAULT_BASE_URL;

    @UriParam(label = "advanced",
              defaultValue = "10000",
              javaType = "java.time.Duration",
              description = "Timeout for opening a connection to Bitget.")
    private long connectTimeout = 10000;

    @UriParam(label = "advanced",
              defaultValue = "30000",
              javaType = "java.time.Duration",
              description = "Timeout for Bitget's answer to one request.")
    private long requestTimeout = 30000;

    @UriParam(label = "advanced,proxy",
              description = "HTTP proxy host for the connection to Bitget.")
    private String proxyHost;

    @UriParam(label = "advanced,proxy",
              description = "HTTP proxy port for the connection to Bitget.")
    private Integer proxyPort;

    @UriParam(label = "advanced",
              defaultValue = "en-US",
              description = "Language of Bitget's error messages (locale header), e.g. en-US or zh-CN.")
    private String locale = "en-US";

    @UriParam(label = "producer",
              description = "Candle interval. Futures: 1m, 3m, 5m, 15m, 30m, 1H, 4H, 6H, 12H, 1D, 3D, 1W, 1M (default 1H); spot spells them 1min, 3min, 5min, 15min, 30min, 1h, 4h, 6h, 12h, 1day, 3day, 1week, 1M (default 1h). The ...utc variants (6Hutc, 1Dutc, ...) are accepted by both.")
    private String granularity;

    @UriParam(label = "producer",
              description = "Number of results: candles (default 200, max 1000), orderbook levels per side (default 20), futures ordersHistory (default 50, max 100), pending orders, fills and spot order lists (max 100).")
    private String limit;

    @UriParam(label = "producer",
              description = "Start of the time range, epoch milliseconds (candles, order history, fills).")
    private String startTime;

    @UriParam(label = "producer",
              description = "End of the time range, epoch milliseconds (candles, order history, fills).")
    private String endTime;

    @UriParam(label = "producer",
              description = "Pagination cursor: return entries older than this id; use the CamelBitgetEndId header of the previous page (futures lists) or the last orderId/tradeId (spot lists).")
    private String idLessThan;

    @UriParam(label = "producer",
              enums = "buy,sell",
              description = "Order side, buy or sell. In hedge mode a futures order's side names the position direction: closing a long is side=buy with tradeSide=close.")
    private String side;

    @UriParam(label = "producer",
              description = "Order quantity as a decimal string, in base coin (contracts are base coin on Bitget). For a spot market buy it is the quote amount to spend.")
    private String size;

    @UriParam(label = "producer",
              enums = "market,limit",
              description = "Order type; placeOrder defaults to market, as in the original SDK.")
    private String orderType;

    @UriParam(label = "producer",
              description = "Limit price as a decimal string; required when orderType=limit.")
    private String price;

    @UriParam(label = "producer",
              enums = "open,close",
              description = "Futures hedge mode only: open or close a position; sent only when given (one-way mode ignores it).")
    private String tradeSide;

    @UriParam(label = "producer",
              enums = "isolated,crossed",
              description = "Futures margin mode; placeOrder and batchPlaceOrder default to isolated, as in the original SDK; required by setMarginMode.")
    private String marginMode;

    @UriParam(label = "producer",
              enums = "YES,NO",
              description = "Futures one-way mode only: YES makes the order only reduce the position (true and false are accepted too).")
    private String reduceOnly;

    @UriParam(label = "producer",
              enums = "gtc,ioc,fok,post_only",
              description = "Time in force; placeOrder defaults to gtc, also for market orders, as in the original SDK.")
    private String force;

    @UriParam(label = "producer",
              description = "Client order id: 1 to 32 characters of A-Z a-z 0-9 _ -. Every order carries one (generated when not given) and Bitget refuses a second order with the same id, so an order is never placed twice. Also names the order to cancel or look up.")
    private String clientOid;

    @UriParam(label = "producer",
              description = "Bitget's order id of the order to cancel, modify or look up (or clientOid).")
    private String orderId;

    @UriParam(label = "producer",
              enums = "long,short",
              description = "Position side for closePosition and setLeverage in hedge mode; omit in one-way mode (closePosition then closes the position whatever its side).")
    private String holdSide;

    @UriParam(label = "producer",
              description = "Leverage for setLeverage, a whole number from 1 up to the contract's maximum (125 for BTCUSDT).")
    private String leverage;

    @UriParam(label = "producer",
              description = "Coin of spot assets, e.g. USDT; all non-zero balances when not set.")
    private String coin;

    @UriParam(label = "producer",
              enums = "one_way_mode,hedge_mode",
              description = "Position mode for setPositionMode; applies to the whole product type and needs no open positions or orders.")
    private String posMode;

    @UriParam(label = "producer",
              description = "modifyOrder: client order id of the replacement order (generated when not given).")
    private String newClientOid;

    @UriParam(label = "producer",
              description = "modifyOrder: new size; must be given with newPrice.")
    private String newSize;

    @UriParam(label = "producer",
              description = "modifyOrder: new price; must be given with newSize.")
    private String newPrice;

    @UriParam(label = "producer",
              description = "modifyOrder: new take-profit trigger price (0 removes it).")
    private String newPresetStopSurplusPrice;

    @UriParam(label = "producer",
              description = "modifyOrder: new stop-loss trigger price (0 removes it).")
    private String newPresetStopLossPrice;

    @UriParam(label = "producer",
              description = "countdownCancelAll (unified accounts only): the dead-man switch in seconds, 5 to 60: when no further call comes within that time, Bitget cancels every open order of the account; 0 switches it off. Call it again every few seconds while the route is healthy (see the docs).")
    private String countdown;

    @UriParam(label = "producer",
              description = "Futures placeOrder: take-profit trigger price attached to the order.")
    private String presetStopSurplusPrice;

    @UriParam(label = "producer",
              description = "Futures placeOrder: stop-loss trigger price attached to the order.")
    private String presetStopLossPrice;

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getAccountType() {
        return accountType;
    }

    public void setAccountType(String accountType) {
        this.accountType = accountType;
    }

    public String getProductType() {
        return productType;
    }

    public void setProductType(String productType) {
        this.productType = productType;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getMarginCoin() {
        return marginCoin;
    }

    public void setMarginCoin(String marginCoin) {
        this.marginCoin = marginCoin;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getPassphrase() {
        return passphrase;
    }

    public void setPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getGranularity() {
        return granularity;
    }

    public void setGranularity(String granularity) {
        this.granularity = granularity;
    }

    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getIdLessThan() {
        return idLessThan;
    }

    public void setIdLessThan(String idLessThan) {
        this.idLessThan = idLessThan;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getTradeSide() {
        return tradeSide;
    }

    public void setTradeSide(String tradeSide) {
        this.tradeSide = tradeSide;
    }

    public String getMarginMode() {
        return marginMode;
    }

    public void setMarginMode(String marginMode) {
        this.marginMode = marginMode;
    }

    public String getReduceOnly() {
        return reduceOnly;
    }

    public void setReduceOnly(String reduceOnly) {
        this.reduceOnly = reduceOnly;
    }

    public String getForce() {
        return force;
    }

    public void setForce(String force) {
        this.force = force;
    }

    public String getClientOid() {
        return clientOid;
    }

    public void setClientOid(String clientOid) {
        this.clientOid = clientOid;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getHoldSide() {
        return holdSide;
    }

    public void setHoldSide(String holdSide) {
        this.holdSide = holdSide;
    }

    public String getLeverage() {
        return leverage;
    }

    public void setLeverage(String leverage) {
        this.leverage = leverage;
    }

    public String getCoin() {
        return coin;
    }

    public void setCoin(String coin) {
        this.coin = coin;
    }

    public String getPosMode() {
        return posMode;
    }

    public void setPosMode(String posMode) {
        this.posMode = posMode;
    }

    public String getNewClientOid() {
        return newClientOid;
    }

    public void setNewClientOid(String newClientOid) {
        this.newClientOid = newClientOid;
    }

    public String getNewSize() {
        return newSize;
    }

    public void setNewSize(String newSize) {
        this.newSize = newSize;
    }

    public String getNewPrice() {
        return newPrice;
    }

    public void setNewPrice(String newPrice) {
        this.newPrice = newPrice;
    }

    public String getNewPresetStopSurplusPrice() {
        return newPresetStopSurplusPrice;
    }

    public void setNewPresetStopSurplusPrice(String newPresetStopSurplusPrice) {
        this.newPresetStopSurplusPrice = newPresetStopSurplusPrice;
    }

    public String getNewPresetStopLossPrice() {
        return newPresetStopLossPrice;
    }

    public void setNewPresetStopLossPrice(String newPresetStopLossPrice) {
        this.newPresetStopLossPrice = newPresetStopLossPrice;
    }

    public String getCountdown() {
        return countdown;
    }

    public void setCountdown(String countdown) {
        this.countdown = countdown;
    }

    public String getPresetStopSurplusPrice() {
        return presetStopSurplusPrice;
    }

    public void setPresetStopSurplusPrice(String presetStopSurplusPrice) {
        this.presetStopSurplusPrice = presetStopSurplusPrice;
    }

    public String getPresetStopLossPrice() {
        return presetStopLossPrice;
    }

    public void setPresetStopLossPrice(String presetStopLossPrice) {
        this.presetStopLossPrice = presetStopLossPrice;
    }

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Keep Bitget's published rate limits on the client side (a sliding one-second window per endpoint and API key or IP, and 6000 requests per minute in all), shared by every endpoint and consumer of the component, so Bitget never has to answer 429. Turn off for benchmarks or accounts with private limits.")
    private boolean rateLimitEnabled = true;

    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "The longest a request waits for a rate-limit permit; past it the request fails with BitgetRateLimitException without being sent.")
    private long rateLimitMaxWait = 5000;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "How long an endpoint pauses after Bitget answered 429 without a Retry-After header.")
    private long rateLimitBackoff = 1000;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "How often a read (GET) is tried again after a transport failure, HTTP 5xx or 429, or one of Bitget's transient codes (45001, 40725, 40015, 40010, 40200); also how often an order Bitget has no record of after a lost answer is sent again. Orders and other writes are never retried blindly.")
    private int retryAttempts = 3;

    @UriParam(label = "advanced", defaultValue = "200", javaType = "java.time.Duration",
              description = "Pause before the first retry of a read; it doubles for each further retry (with jitter), up to retryMaxDelay. A 429's Retry-After wins.")
    private long retryDelay = 200;

    @UriParam(label = "advanced", defaultValue = "5000", javaType = "java.time.Duration",
              description = "The longest pause between two retries of a read.")
    private long retryMaxDelay = 5000;

    @UriParam(label = "producer", defaultValue = "true",
              description = "After a lost answer to placeOrder (timeout, connection reset, HTTP 5xx) the order is looked up by its clientOid first; if Bitget has no such order it is sent again with the same clientOid when true, or the exchange fails with BitgetOrderStateUnknownException carrying the clientOid when false.")
    private boolean orderResend = true;

    @UriParam(label = "advanced", defaultValue = "true",
              description = "Sign private requests with Bitget's clock: the offset to /api/v2/public/time is measured before the first signed request and again after Bitget refused a timestamp (40008), and the refused request is sent once more. Stream logins use the offset measured so far.")
    private boolean clockSync = true;

    public boolean isRateLimitEnabled() {
        return rateLimitEnabled;
    }

    public void setRateLimitEnabled(boolean rateLimitEnabled) {
        this.rateLimitEnabled = rateLimitEnabled;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public long getRateLimitBackoff() {
        return rateLimitBackoff;
    }

    public void setRateLimitBackoff(long rateLimitBackoff) {
        this.rateLimitBackoff = rateLimitBackoff;
    }

    public int getRetryAttempts() {
        return retryAttempts;
    }

    public void setRetryAttempts(int retryAttempts) {
        this.retryAttempts = retryAttempts;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public boolean isOrderResend() {
        return orderResend;
    }

    public void setOrderResend(boolean orderResend) {
        this.orderResend = orderResend;
    }

    public boolean isClockSync() {
        return clockSync;
    }

    public void setClockSync(boolean clockSync) {
        this.clockSync = clockSync;
    }

    @UriParam(label = "producer",
              description = "Trade journal (a TradeJournal bean, e.g. camel-bitget-journal's JdbcTradeJournal): every order, batch, modification, cancel and close-positions call is recorded before it is sent (PENDING) and completed with Bitget's answer (ACCEPTED, REJECTED or UNKNOWN).")
    private TradeJournal tradeJournal;

    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration",
              description = "reconcileJournal: only journal entries older than this are looked up on Bitget, so orders still in flight are left alone.")
    private long reconcileAfter = 60000;

    public TradeJournal getTradeJournal() {
        return tradeJournal;
    }

    public void setTradeJournal(TradeJournal tradeJournal) {
        this.tradeJournal = tradeJournal;
    }

    public long getReconcileAfter() {
        return reconcileAfter;
    }

    public void setReconcileAfter(long reconcileAfter) {
        this.reconcileAfter = reconcileAfter;
    }

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Consumer: one exchange per item (ticker, position, order, balance); false sends one exchange with the whole list.")
    private boolean splitResult = true;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Consumer: emit only what changed since the previous poll, with header CamelBitgetChange = OPENED, CHANGED or CLOSED (a closed item carries its last known state). The first poll emits everything as OPENED. With splitResult=false the whole list is sent whenever something changed.")
    private boolean changesOnly;

    @UriParam(label = "consumer",
              description = "Consumer with changesOnly: comma-separated Bitget fields whose change makes an item CHANGED. Defaults: tickers lastPr; positions total, available, holdSide, leverage, marginMode, openPriceAvg (not markPrice or unrealizedPL, which move every poll); futures pending orders status, size, price, baseVolume; spot open orders status, size, priceAvg, baseVolume; futures accounts available, locked; spot assets available, frozen, locked.")
    private String changeFields;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "Consumer: the most exchanges one poll emits (0 = no limit). With changesOnly the changes left over are emitted by the next polls.")
    private int maxMessagesPerPoll;

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public boolean isSplitResult() {
        return splitResult;
    }

    public void setSplitResult(boolean splitResult) {
        this.splitResult = splitResult;
    }

    public boolean isChangesOnly() {
        return changesOnly;
    }

    public void setChangesOnly(boolean changesOnly) {
        this.changesOnly = changesOnly;
    }

    public String getChangeFields() {
        return changeFields;
    }

    public void setChangeFields(String changeFields) {
        this.changeFields = changeFields;
    }

    @UriParam(label = "consumer,stream",
              description = "Stream consumers: base URL of Bitget's v2 WebSocket, without the path; the consumer appends /v2/ws/public or /v2/ws/private. Defaults to wss://ws.bitget.com for mode=live and wss://wspap.bitget.com for mode=demo; point it at the bitget-simulator (ws://127.0.0.1:<port>) for tests.")
    private String webSocketUrl;

    @UriParam(label = "consumer,stream", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Stream consumers: time between two text pings; Bitget drops a connection that sent no ping for 2 minutes.")
    private long pingInterval = 30000;

    @UriParam(label = "consumer,stream", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Stream consumers: reconnect when Bitget has not answered a ping with pong within this time.")
    private long pongTimeout = 10000;

    @UriParam(label = "consumer,stream", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Stream consumers: reconnect when nothing at all (no push, no pong) arrived for this long.")
    private long silenceTimeout = 60000;

    @UriParam(label = "consumer,stream", defaultValue = "85800000", javaType = "java.time.Duration",
              description = "Stream consumers: Bitget closes every connection after 24 hours; at this age (default 23h50m) the consumer opens the replacement, subscribes it, and only then closes the old connection, so no push is missed and none is delivered twice.")
    private long maxConnectionAge = 85800000;

    @UriParam(label = "consumer,stream", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Stream consumers: pause before the first reconnect attempt; it doubles with every failed attempt (with jitter) up to reconnectMaxDelay.")
    private long reconnectDelay = 1000;

    @UriParam(label = "consumer,stream", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Stream consumers: the longest pause between two reconnect attempts.")
    private long reconnectMaxDelay = 60000;

    @UriParam(label = "consumer,stream", defaultValue = "50",
              description = "Stream consumers: channels carried by one connection (Bitget recommends fewer than 50, allows 1000); stream consumers of the component with the same webSocketUrl, credentials and stream options share connections, and the next channel opens another connection.")
    private int maxChannelsPerConnection = 50;

    @UriParam(label = "consumer,stream", enums = "book,updates", defaultValue = "book",
              description = "Stream consumer of channel books: book emits the maintained book (its top bookDepth levels, an OrderBook) after every snapshot and update; updates emits each snapshot and update as Bitget sent it (an OrderBook of the changed levels, size 0 = level removed). Either way the book is kept and checked against Bitget's checksum, and a broken book is fetched again.")
    private String bookOutput = "book";

    @UriParam(label = "consumer,stream", defaultValue = "25",
              description = "Stream consumers of book channels: levels per side of the emitted OrderBook with bookOutput=book.")
    private int bookDepth = 25;

    public String getWebSocketUrl() {
        return webSocketUrl;
    }

    public void setWebSocketUrl(String webSocketUrl) {
        this.webSocketUrl = webSocketUrl;
    }

    public long getPingInterval() {
        return pingInterval;
    }

    public void setPingInterval(long pingInterval) {
        this.pingInterval = pingInterval;
    }

    public long getPongTimeout() {
        return pongTimeout;
    }

    public void setPongTimeout(long pongTimeout) {
        this.pongTimeout = pongTimeout;
    }

    public long getSilenceTimeout() {
        return silenceTimeout;
    }

    public void setSilenceTimeout(long silenceTimeout) {
        this.silenceTimeout = silenceTimeout;
    }

    public long getMaxConnectionAge() {
        return maxConnectionAge;
    }

    public void setMaxConnectionAge(long maxConnectionAge) {
        this.maxConnectionAge = maxConnectionAge;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public int getMaxChannelsPerConnection() {
        return maxChannelsPerConnection;
    }

    public void setMaxChannelsPerConnection(int maxChannelsPerConnection) {
        this.maxChannelsPerConnection = maxChannelsPerConnection;
    }

    public String getBookOutput() {
        return bookOutput;
    }

    public void setBookOutput(String bookOutput) {
        this.bookOutput = bookOutput;
    }

    public int getBookDepth() {
        return bookDepth;
    }

    public void setBookDepth(int bookDepth) {
        this.bookDepth = bookDepth;
    }

    /** The configured value of a request parameter, or null; the order list of a batch comes only per message. */
    public String getParameter(Param param) {
        return switch (param) {
            case SYMBOL -> symbol;
            case PRODUCT_TYPE -> productType;
            case MARGIN_COIN -> marginCoin;
            case COIN -> coin;
            case GRANULARITY -> granularity;
            case LIMIT -> limit;
            case START_TIME -> startTime;
            case END_TIME -> endTime;
            case ID_LESS_THAN -> idLessThan;
            case SIDE -> side;
            case SIZE -> size;
            case ORDER_TYPE -> orderType;
            case PRICE -> price;
            case TRADE_SIDE -> tradeSide;
            case MARGIN_MODE -> marginMode;
            case REDUCE_ONLY -> reduceOnly;
            case FORCE -> force;
            case CLIENT_OID -> clientOid;
            case ORDER_ID -> orderId;
            case HOLD_SIDE -> holdSide;
            case LEVERAGE -> leverage;
            case POS_MODE -> posMode;
            case NEW_CLIENT_OID -> newClientOid;
            case NEW_SIZE -> newSize;
            case NEW_PRICE -> newPrice;
            case NEW_PRESET_STOP_SURPLUS_PRICE -> newPresetStopSurplusPrice;
            case NEW_PRESET_STOP_LOSS_PRICE -> newPresetStopLossPrice;
            case PRESET_STOP_SURPLUS_PRICE -> presetStopSurplusPrice;
            case PRESET_STOP_LOSS_PRICE -> presetStopLossPrice;
            case ORDER_LIST -> null;
            case COUNTDOWN -> countdown;
        };
    }

    public BitgetConfiguration copy() {
        try {
            return (BitgetConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "BitgetConfiguration[mode=" + mode + ", productType=" + productType + ", baseUrl=" + baseUrl
               + ", credentials=" + (apiKey == null ? "none" : "xxxxxx") + "]";
    }
}
