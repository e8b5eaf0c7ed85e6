package io.newswire.enrich;

import io.newswire.enrich.stream.EnrichMetrics;
import io.newswire.enrich.stream.EnrichService;
import io.newswire.runtime.RunUntilStopped;
import io.newswire.runtime.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs enrich on its own: {@code java -cp ... io.newswire.enrich.EnrichApp [--config=file] [--<setting>=<value>...]}.
 * Stops gracefully (commits, then closes) on SIGTERM or Ctrl-C.
 */
public final class EnrichApp {
    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);

    private EnrichApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Settings settings;
        try {
            settings = EnrichSettings.load(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newswire-enrich: " + e.getMessage());
            System.exit(2);
            return;
        }
        EnrichService service;
        try {
            service = start(settings);
        } catch (RuntimeException e) {
            log.error("Enrich could not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        RunUntilStopped.run(service, "enrich");
    }

    /** The standard enricher on the configured languages, in the service. */
    public static EnrichService start(Settings settings) {
        return EnrichService.start(settings, (metrics) -> Enricher.standard(
                EnrichService.languages(settings.get(EnrichSettings.LANGUAGES)), metrics));
    }
}
