package io.github.camelbitget.api;

/**
 * Bitget's published request limit of an endpoint (bitget-api.md §4): requests per second, counted per user id
 * (private endpoints) or per source IP (public endpoints).
 */
public record RateLimit(int perSecond, Scope scope) {

    public enum Scope {
        UID,
        IP
    }

    static RateLimit perUid(int perSecond) {
        return new RateLimit(perSecond, Scope.UID);
    }

    static RateLimit perIp(int perSecond) {
        return new RateLimit(perSecond, Scope.IP);
    }

    @Override
    public String toString() {
        return perSecond + "/s per " + scope;
    }
}
