package io.github.camelbitget.model;

/** Bitget's clock, epoch milliseconds ({@code GET /api/v2/public/time}). */
public record ServerTime(Long serverTime) {
}
