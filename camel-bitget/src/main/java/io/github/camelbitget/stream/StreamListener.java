package io.github.camelbitget.stream;

/** A subscriber of one channel: a stream consumer. Called on the connection's thread, in the order of the stream. */
public interface StreamListener {

    /**
     * Bitget confirmed the subscription.
     *
     * @param afterLoss true when it follows a lost connection, so pushes may have been missed in between
     */
    void onSubscribed(boolean afterLoss);

    void onMessage(StreamMessage message);

    /** The connection failed or Bitget refused the login or the subscription; the connection tries again. */
    void onError(Exception error);
}
