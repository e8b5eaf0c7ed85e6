package io.newswire.cli;

import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.runtime.RunUntilStopped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs ingest alone, against any Kafka cluster and schema registry. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Run the ingest HTTP service against an existing cluster. Settings: defaults < --config=<file> "
                + "< NEWSWIRE_* environment < --<key>=<value> flags (see the README), for example "
                + "--kafka.bootstrap.servers=broker:9092 --ingest.port=8080.")
final class IngestCommand implements Callable<Integer> {
    @Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        RunUntilStopped.run(IngestService.start(IngestSettings.load(settings.toArray(String[]::new))), "ingest");
        return 0;
    }
}
