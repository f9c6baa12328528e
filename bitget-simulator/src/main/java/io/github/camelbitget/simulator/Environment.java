package io.github.camelbitget.simulator;

/** Bitget's two trading environments; a request is DEMO when it carries {@code paptrading: 1}. */
public enum Environment {
    LIVE,
    DEMO
}
