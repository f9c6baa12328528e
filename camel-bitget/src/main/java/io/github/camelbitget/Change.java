package io.github.camelbitget;

/** What happened to a polled item since the previous poll, in header {@code CamelBitgetChange}. */
public enum Change {
    /** New since the previous poll (every item of the first poll). */
    OPENED,
    /** Still there, with a different value in one of the compared fields. */
    CHANGED,
    /** Gone since the previous poll; the body is its last known state. */
    CLOSED
}
