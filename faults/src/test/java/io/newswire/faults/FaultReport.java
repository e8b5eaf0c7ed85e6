package io.newswire.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one fault scenario, written to {@code faults/target/fault-report/<scenario>.md} (which
 * {@code ./newswire faults} prints at the end) and to the test log. Figures are recorded as measured, before the
 * assertions judge them, so a failing run still reports what happened.
 */
final class FaultReport {
    private static final Path DIRECTORY = Path.of("target", "fault-report");

    private final String scenario;
    private final String title;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    FaultReport(String scenario, String title) {
        this.scenario = scenario;
        this.title = title;
    }

    FaultReport figure(String name, Object value) {
        figures.put(name, value);
        write();
        return this;
    }

    private void write() {
        StringBuilder text = new StringBuilder("### ").append(title).append("\n\n| figure | value |\n|---|---|\n");
        figures.forEach((name, value) -> text.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(scenario + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return title + " " + figures;
    }
}
