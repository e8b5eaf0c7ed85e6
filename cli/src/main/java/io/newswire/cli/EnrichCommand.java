package io.newswire.cli;

import io.newswire.enrich.EnrichApp;
import io.newswire.enrich.EnrichSettings;
import io.newswire.runtime.RunUntilStopped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs enrich alone, against any Kafka cluster and schema registry. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich Kafka Streams application against an existing cluster. Settings: defaults < "
                + "--config=<file> < NEWSWIRE_* environment < --<key>=<value> flags (see the README), for example "
                + "--kafka.bootstrap.servers=broker:9092 --enrich.threads=2.")
final class EnrichCommand implements Callable<Integer> {
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        RunUntilStopped.run(EnrichApp.start(EnrichSettings.load(settings.toArray(String[]::new))), "enrich");
        return 0;
    }
}
