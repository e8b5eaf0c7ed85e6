package io.newswire.cli;

import io.newswire.ingest.ApiKeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.UUID;
import java.util.concurrent.Callable;

/** API keys for ingest. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage ingest API keys.",
        subcommands = KeysCommand.Create.class)
final class KeysCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a new API key for a source. Prints the key once (hand it to the scraper) and the "
                    + "entry to add to NEWSWIRE_INGEST_API_KEYS or the keys file (it holds only a hash).")
    static final class Create implements Callable<Integer> {
        @Option(names = "--source", required = true, description = "The source the key writes as (lowercase slug).")
        String source;

        @Option(names = "--id", description = "The key's public id (default: the source and a random suffix).")
        String id;

        @Override
        public Integer call() {
            String keyId = id != null ? id : source + "-" + UUID.randomUUID().toString().substring(0, 8);
            ApiKeyStore.NewKey key = ApiKeyStore.generate(keyId, source);
            System.out.println("key:   " + key.secret());
            System.out.println("entry: " + key.entry());
            System.err.println("Give the key to the scraper of '" + source + "' (it is shown only now); configure the "
                    + "entry with NEWSWIRE_INGEST_API_KEYS (comma-separated) or a line of NEWSWIRE_INGEST_API_KEYS_FILE.");
            return 0;
        }
    }
}
