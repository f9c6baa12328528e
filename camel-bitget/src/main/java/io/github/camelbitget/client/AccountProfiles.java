package io.github.camelbitget.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.camelbitget.api.AccountProfile;
import io.github.camelbitget.api.Mode;

/**
 * The kind of account behind each API key and environment (live or demo), asked of Bitget once and remembered, so
 * that concurrent first requests share one question and later ones ask none. A failed question is not remembered;
 * a profile Bitget contradicts ({@code 40084}/{@code 40085}, a position-mode error) is forgotten and asked again. Share
 * one instance between the clients of a base URL (the component does).
 */
public final class AccountProfiles {

    private final Map<String, CompletableFuture<AccountProfile>> profiles = new ConcurrentHashMap<>();

    CompletableFuture<AccountProfile> profile(String apiKey, Mode mode, Supplier<CompletableFuture<AccountProfile>> ask) {
        CompletableFuture<AccountProfile> asking = new CompletableFuture<>();
        CompletableFuture<AccountProfile> profile = profiles.compute(key(apiKey, mode),
                (key, known) -> known == null || known.isCompletedExceptionally() ? asking : known);
        if (profile == asking) {
            // asked outside compute: the question may be answered on this thread, and must not hold the map's lock
            try {
                ask.get().whenComplete((answer, failure) -> {
                    if (failure == null) {
                        asking.complete(answer);
                    } else {
                        asking.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException e) {
                asking.completeExceptionally(e);
            }
        }
        return profile;
    }

    /** Forgets a profile Bitget contradicted, unless it has been replaced meanwhile. */
    void forget(String apiKey, Mode mode, AccountProfile contradicted) {
        profiles.computeIfPresent(key(apiKey, mode), (key, known) -> known.isDone()
                && !known.isCompletedExceptionally() && contradicted.equals(known.join()) ? null : known);
    }

    /** The profile as far as known, or null before Bitget answered. */
    public AccountProfile known(String apiKey, Mode mode) {
        CompletableFuture<AccountProfile> known = profiles.get(key(apiKey, mode));
        return known != null && known.isDone() && !known.isCompletedExceptionally() ? known.join() : null;
    }

    private static String key(String apiKey, Mode mode) {
        return mode.optionValue() + ' ' + apiKey;
    }
}
