/**
 * Unified trading accounts: the v3 API spoken for them. The v3 wire records here are read from Bitget's answers and
 * turned into the same result records that classic accounts get, so routes see one model for both account kinds.
 */
package io.github.camelbitget.unified;
