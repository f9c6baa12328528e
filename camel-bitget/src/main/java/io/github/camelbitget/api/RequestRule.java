package io.github.camelbitget.api;

/** A check or completion that involves more than one parameter of a request. */
@FunctionalInterface
interface RequestRule {

    void apply(RequestDraft draft);
}
