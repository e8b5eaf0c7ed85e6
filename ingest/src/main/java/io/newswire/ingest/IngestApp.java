package io.newswire.ingest;

import io.newswire.runtime.RunUntilStopped;
import io.newswire.runtime.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Runs ingest on its own: {@code java -jar newswire-ingest.jar [--config=file] [--<setting>=<value>...]}. Stops
 * gracefully on SIGTERM or Ctrl-C.
 */
public final class IngestApp {
    private static final Logger log = LoggerFactory.getLogger(IngestApp.class);

    private IngestApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings;
        try {
            settings = IngestSettings.load(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newswire-ingest: " + e.getMessage());
            System.exit(2);
            return;
        }
        IngestService service;
        try {
            service = IngestService.start(settings);
        } catch (RuntimeException e) {
            log.error("Ingest could not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        RunUntilStopped.run(service, "ingest");
    }
}
