package io.newswire.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticatorTest {
    private final ApiKeyStore.NewKey hespress = ApiKeyStore.generate("k-hespress", "hespress");
    private final ApiKeyStore.NewKey bbc = ApiKeyStore.generate("k-bbc", "bbc-arabic");

    @Test
    void aKeyIsKnownByItsHashOnly() {
        ApiKeyStore store = ApiKeyStore.load(hespress.entry() + "," + bbc.entry(), "");

        assertThat(hespress.entry()).doesNotContain(hespress.secret()).endsWith(ApiKeyStore.hash(hespress.secret()));
        assertThat(store.find(hespress.secret())).contains(new ApiKey("k-hespress", "hespress"));
        assertThat(store.find(bbc.secret())).contains(new ApiKey("k-bbc", "bbc-arabic"));
        assertThat(store.find("nwk_guess")).isEmpty();
        assertThat(store.find(ApiKeyStore.hash(hespress.secret()))).as("the hash is not a key").isEmpty();
    }

    @Test
    void keysComeFromAFileToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# scrapers\n" + hespress.entry() + "\n\n");
        assertThat(ApiKeyStore.load("", file.toString()).find(hespress.secret())).isPresent();
    }

    @Test
    void badEntriesAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> ApiKeyStore.load("k1:Not A Slug:abc", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1")
                .hasMessageNotContaining("Not A Slug");
        assertThatThrownBy(() -> ApiKeyStore.load(hespress.entry() + "," + hespress.entry(), ""))
                .hasMessageContaining("twice");
    }

    @Test
    void identifiesByBearerOrHeaderAndRefusesTheRest() {
        Authenticator auth = new Authenticator(Authenticator.Mode.KEYS, ApiKeyStore.load(hespress.entry(), ""));

        assertThat(auth.identify("Bearer " + hespress.secret(), null, "1.2.3.4"))
                .isEqualTo(new Authenticator.Keyed(new ApiKey("k-hespress", "hespress")));
        assertThat(auth.identify(null, hespress.secret(), "1.2.3.4")).isInstanceOf(Authenticator.Keyed.class);
        assertThat(auth.identify(null, null, "1.2.3.4")).isEqualTo(new Authenticator.Refused(false));
        assertThat(auth.identify("Bearer nope", null, "1.2.3.4")).isEqualTo(new Authenticator.Refused(true));
        assertThat(auth.identify("Basic " + hespress.secret(), null, "1.2.3.4")).isEqualTo(new Authenticator.Refused(false));
        assertThat(auth.identify("Bearer " + hespress.secret(), null, "1.2.3.4").principal())
                .isEqualTo("key:k-hespress").doesNotContain(hespress.secret());
    }

    @Test
    void openModeIsForLoopbackOnly() {
        ApiKeyStore none = ApiKeyStore.load("", "");
        assertThat(Authenticator.configure("auto", none, true).mode()).isEqualTo(Authenticator.Mode.OPEN);
        assertThatThrownBy(() -> Authenticator.configure("auto", none, false)).hasMessageContaining("loopback");
        assertThatThrownBy(() -> Authenticator.configure("open", none, false)).hasMessageContaining("loopback");
        assertThatThrownBy(() -> Authenticator.configure("keys", none, true)).hasMessageContaining("no API key");
        assertThat(Authenticator.configure("auto", ApiKeyStore.load(hespress.entry(), ""), false).mode())
                .isEqualTo(Authenticator.Mode.KEYS);
    }
}
