-- The trade journal of camel-bitget: one row per order sent (or cancel, or close-positions call).
-- The same SQL runs on H2 and PostgreSQL. Amounts are NUMERIC, times are UTC.
CREATE TABLE bitget_trade_log (
    id            VARCHAR(64)    NOT NULL PRIMARY KEY,
    client_oid    VARCHAR(64),
    mode          VARCHAR(8)     NOT NULL,
    market        VARCHAR(8)     NOT NULL,
    product_type  VARCHAR(16),
    operation     VARCHAR(32)    NOT NULL,
    symbol        VARCHAR(40),
    side          VARCHAR(8),
    order_type    VARCHAR(8),
    trade_side    VARCHAR(8),
    size          NUMERIC(38, 18),
    price         NUMERIC(38, 18),
    status        VARCHAR(12)    NOT NULL,
    order_id      VARCHAR(1024),
    error_code    VARCHAR(64),
    error_message VARCHAR(2000),
    request       VARCHAR(16000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX bitget_trade_log_created_at ON bitget_trade_log (created_at);
CREATE INDEX bitget_trade_log_status ON bitget_trade_log (status);
CREATE INDEX bitget_trade_log_client_oid ON bitget_trade_log (client_oid);
