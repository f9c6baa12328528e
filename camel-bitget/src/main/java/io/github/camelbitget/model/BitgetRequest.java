package io.github.camelbitget.model;

/**
 * A typed request that can be the message body of a producer: its non-null fields override the endpoint options and
 * headers of the same name. Field names are Bitget's.
 */
public interface BitgetRequest {
}
