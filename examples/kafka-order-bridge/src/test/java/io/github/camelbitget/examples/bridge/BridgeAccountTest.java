package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class BridgeAccountTest {

    @Test
    void readsEachAccountAndNeverShowsItsSecrets() {
        Properties properties = account("main");
        properties.putAll(account("hedge"));
        properties.put("bridge.accounts.hedge.mode", "live");

        assertThat(BridgeAccount.fromProperties(properties)).extracting(BridgeAccount::id, BridgeAccount::mode)
                .containsExactly(tuple("hedge", "live"),
                        tuple("main", "demo"));
        assertThat(BridgeAccount.fromProperties(properties).toString()).doesNotContain("key-", "secret-", "phrase-");
    }

    @Test
    void refusesIncompleteOrMistypedAccounts() {
        Properties missingSecret = account("main");
        missingSecret.remove("bridge.accounts.main.secret-key");
        assertThatThrownBy(() -> BridgeAccount.fromProperties(missingSecret))
                .hasMessageContaining("bridge.accounts.main.secret-key");
        Properties typo = account("main");
        typo.put("bridge.accounts.main.api-secret", "x");
        assertThatThrownBy(() -> BridgeAccount.fromProperties(typo)).hasMessageContaining("api-secret");
        assertThatThrownBy(() -> BridgeAccount.fromProperties(account("Main_1"))).hasMessageContaining("Main_1");
        Properties paper = account("main");
        paper.put("bridge.accounts.main.mode", "paper");
        assertThatThrownBy(() -> BridgeAccount.fromProperties(paper)).hasMessageContaining("paper");
    }

    private static Properties account(String id) {
        Properties properties = new Properties();
        properties.put("bridge.accounts." + id + ".api-key", "key-" + id);
        properties.put("bridge.accounts." + id + ".secret-key", "secret-" + id);
        properties.put("bridge.accounts." + id + ".passphrase", "phrase-" + id);
        return properties;
    }
}
