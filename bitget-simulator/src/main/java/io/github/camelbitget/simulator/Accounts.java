package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users (one per API key, with a numeric uid) and their live and demo trading books. A key's configured account
 * type is where its books start; {@link #changeAccountType} changes the books, not the key.
 */
final class Accounts {

    private static final long FIRST_UID = 6_100_000_001L;

    private record User(ApiKey key, Map<Environment, TradingBook> books) {
    }

    private final Map<String, User> usersByKey = new LinkedHashMap<>();
    private final Instruments instruments;
    private final PositionMode positionMode;
    private final Map<String, BigDecimal> initialBalances;

    Accounts(Instruments instruments, PositionMode positionMode, Map<String, BigDecimal> initialBalances) {
        this.instruments = instruments;
        this.positionMode = positionMode;
        this.initialBalances = initialBalances;
    }

    void add(ApiKey key, long now) {
        if (usersByKey.containsKey(key.apiKey())) {
            throw new IllegalArgumentException("API key " + key.apiKey() + " exists already");
        }
        String uid = Long.toString(FIRST_UID + usersByKey.size());
        Map<Environment, TradingBook> books = new EnumMap<>(Environment.class);
        for (Environment environment : Environment.values()) {
            TradingBook book = new TradingBook(uid, positionMode);
            if (key.accountType() == AccountType.UNIFIED) {
                book.upgradeToUnified(now);
            }
            book.fund(initialBalances, instruments, now);
            books.put(environment, book);
        }
        usersByKey.put(key.apiKey(), new User(key, books));
    }

    /** New secret, passphrase or environments for an existing key; its books stay. */
    void changeCredentials(ApiKey key) {
        User user = usersByKey.get(key.apiKey());
        if (user == null) {
            throw new IllegalArgumentException("unknown API key " + key.apiKey());
        }
        usersByKey.put(key.apiKey(), new User(key, user.books()));
    }

    /** Upgrades a key's account (live and demo books) to unified, or switches it back to classic. */
    void changeAccountType(String apiKey, AccountType type, long now) {
        List<TradingBook> books = new ArrayList<>();
        for (Environment environment : Environment.values()) {
            books.add(book(apiKey, environment));
        }
        // both books change or neither
        if (type == AccountType.UNIFIED) {
            books.forEach(TradingBook::checkUpgradable);
            books.forEach(book -> book.upgradeToUnified(now));
        } else {
            books.forEach(TradingBook::checkSwitchableToClassic);
            books.forEach(TradingBook::switchToClassic);
        }
    }

    Optional<ApiKey> key(String apiKey) {
        return Optional.ofNullable(usersByKey.get(apiKey)).map(User::key);
    }

    TradingBook book(String apiKey, Environment environment) {
        User user = usersByKey.get(apiKey);
        if (user == null) {
            throw new IllegalArgumentException("unknown API key " + apiKey);
        }
        return user.books().get(environment);
    }

    List<TradingBook> allBooks() {
        List<TradingBook> books = new ArrayList<>();
        usersByKey.values().forEach(user -> books.addAll(user.books().values()));
        return books;
    }
}
