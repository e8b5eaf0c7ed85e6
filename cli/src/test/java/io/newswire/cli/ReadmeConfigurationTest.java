package io.newswire.cli;

import io.newswire.enrich.EnrichSettings;
import io.newswire.ingest.IngestSettings;
import io.newswire.runtime.Setting;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's configuration tables list every setting the code reads, with its real default. */
class ReadmeConfigurationTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyServiceSettingIsDocumentedWithItsDefault() throws IOException {
        String readme = Files.readString(README);
        List<String> missing = new ArrayList<>();
        List<Setting<?>> settings = new ArrayList<>(IngestSettings.all());
        settings.addAll(EnrichSettings.OWN);
        for (Setting<?> setting : settings) {
            String row = row(readme, setting.env());
            if (row == null) {
                missing.add(setting.env() + " (not listed)");
            } else if (!setting.defaultText().isEmpty() && !row.contains(defaultAsDocumented(setting))) {
                missing.add(setting.env() + " (default " + defaultAsDocumented(setting) + " not in: " + row + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnvironmentVariableOfTheCommandLineIsDocumented() throws IOException {
        String readme = Files.readString(README);
        Pattern env = Pattern.compile("\\$\\{env:(NEWSWIRE_[A-Z_]+)");
        List<String> missing = new ArrayList<>();
        CommandLine cli = new CommandLine(new NewswireCommand());
        List<CommandLine> commands = new ArrayList<>(cli.getSubcommands().values());
        for (CommandLine command : commands) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                Matcher m = env.matcher(String.valueOf(option.defaultValue()));
                if (m.find() && !readme.contains("`" + m.group(1) + "`")) {
                    missing.add(command.getCommandName() + " " + option.longestName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static String row(String readme, String variable) {
        for (String line : readme.split("\n")) {
            if (line.startsWith("| `" + variable + "`")) {
                return line;
            }
        }
        return null;
    }

    /** Sizes are documented as 16MiB rather than 16777216. */
    private static String defaultAsDocumented(Setting<?> setting) {
        if (setting.defaultValue() instanceof Long bytes && bytes >= 1024 && bytes % 1024 == 0) {
            return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + "MiB" : bytes / 1024 + "KiB";
        }
        if (setting.defaultValue() instanceof java.time.Duration d && d.toDays() > 0 && d.toHours() % 24 == 0) {
            return d.toDays() + "d";
        }
        if (setting.defaultValue() instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return setting.defaultText();
    }
}
