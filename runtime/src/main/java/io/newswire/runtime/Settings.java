package io.newswire.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A service's configuration, with one precedence for every setting: defaults &lt; file &lt; environment &lt; flags.
 *
 * <ul>
 *   <li>defaults: each {@link Setting}'s own, chosen to work on a developer machine;</li>
 *   <li>file: a Java properties file named by {@code --config=<file>} or {@code NEWSWIRE_CONFIG_FILE};</li>
 *   <li>environment: {@code NEWSWIRE_<KEY>} (see {@link Setting#env()});</li>
 *   <li>flags: {@code --<key>=<value>} or {@code --<key> <value>}.</li>
 * </ul>
 *
 * Keys under a pass-through prefix (for example {@code kafka.}) are not declared one by one: they go to the Kafka
 * clients as they are, so any client setting (TLS, SASL) can be given. An undeclared key in a file or a flag is an
 * error, so a typo never goes unnoticed.
 */
public final class Settings {
    public static final String CONFIG_FILE_FLAG = "config";
    public static final String CONFIG_FILE_ENV = "NEWSWIRE_CONFIG_FILE";
    private static final Pattern SECRET_KEY = Pattern.compile(
            ".*(password|secret|jaas|user\\.info|token|api\\.keys|credentials).*");

    /** Where a value came from. */
    public enum Origin { DEFAULT, FILE, ENVIRONMENT, FLAG }

    private record Value(String text, Origin origin) {
    }

    private final Map<String, Setting<?>> declared;
    private final List<String> passThroughPrefixes;
    private final Map<String, Value> values;

    private Settings(Map<String, Setting<?>> declared, List<String> passThroughPrefixes, Map<String, Value> values) {
        this.declared = declared;
        this.passThroughPrefixes = passThroughPrefixes;
        this.values = values;
    }

    public static Settings load(Collection<Setting<?>> declared, Collection<String> passThroughPrefixes,
                                Map<String, String> environment, String... args) {
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        declared.forEach(s -> byKey.put(s.key(), s));
        List<String> prefixes = List.copyOf(passThroughPrefixes);
        Map<String, String> flags = parseFlags(args);
        Map<String, Value> values = new TreeMap<>();

        String configFile = flags.containsKey(CONFIG_FILE_FLAG) ? flags.remove(CONFIG_FILE_FLAG)
                : environment.get(CONFIG_FILE_ENV);
        if (configFile != null && !configFile.isBlank()) {
            readFile(Path.of(configFile)).forEach((key, text) -> {
                requireKnown(byKey, prefixes, key, "in " + configFile);
                values.put(key, new Value(text, Origin.FILE));
            });
        }
        environment.forEach((name, text) -> keyForEnvironment(byKey, prefixes, name)
                .ifPresent(key -> values.put(key, new Value(text, Origin.ENVIRONMENT))));
        flags.forEach((key, text) -> {
            requireKnown(byKey, prefixes, key, "as a flag");
            values.put(key, new Value(text, Origin.FLAG));
        });

        Settings settings = new Settings(byKey, prefixes, values);
        byKey.values().forEach(settings::get); // every given value must parse, now, not when first used
        return settings;
    }

    public static Settings load(Collection<Setting<?>> declared, Collection<String> passThroughPrefixes, String... args) {
        return load(declared, passThroughPrefixes, System.getenv(), args);
    }

    public <T> T get(Setting<T> setting) {
        Value value = values.get(setting.key());
        if (value == null) {
            return setting.defaultValue();
        }
        try {
            return setting.parser().apply(value.text());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Setting " + setting.key() + " (" + setting.env() + ") from "
                    + value.origin().name().toLowerCase(Locale.ROOT) + " is "
                    + (isSecret(setting.key(), setting) ? "[redacted]" : "'" + value.text() + "'") + ": "
                    + e.getMessage(), e);
        }
    }

    public Origin origin(Setting<?> setting) {
        Value value = values.get(setting.key());
        return value == null ? Origin.DEFAULT : value.origin();
    }

    /** Every given value under the prefix, with the prefix stripped: {@code kafka.security.protocol} → {@code security.protocol}. */
    public Map<String, String> passThrough(String prefix) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && !declared.containsKey(key)) {
                result.put(key.substring(prefix.length()), value.text());
            }
        });
        return result;
    }

    /** One line per setting, {@code key = value (origin)}, secrets redacted: for the start-up log. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        declared.values().forEach(s -> lines.add(s.key() + " = " + shown(s.key(), s, get(s)) + " ("
                + origin(s).name().toLowerCase(Locale.ROOT) + ")"));
        values.forEach((key, value) -> {
            if (!declared.containsKey(key)) {
                lines.add(key + " = " + shown(key, null, value.text()) + " ("
                        + value.origin().name().toLowerCase(Locale.ROOT) + ")");
            }
        });
        return lines;
    }

    private static String shown(String key, Setting<?> setting, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        return isSecret(key, setting) ? "[redacted]" : Setting.text(value);
    }

    static boolean isSecret(String key, Setting<?> setting) {
        return (setting != null && setting.secret()) || SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    private static Optional<String> keyForEnvironment(Map<String, Setting<?>> declared, List<String> prefixes,
                                                                String name) {
        for (Setting<?> setting : declared.values()) {
            if (setting.env().equals(name)) {
                return Optional.of(setting.key());
            }
        }
        for (String prefix : prefixes) {
            String envPrefix = Setting.environmentName(prefix);
            if (name.startsWith(envPrefix) && name.length() > envPrefix.length()) {
                return Optional.of(prefix
                        + name.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'));
            }
        }
        return Optional.empty(); // NEWSWIRE_* variables of other tools (scripts, other services) are not ours
    }

    private static void requireKnown(Map<String, Setting<?>> declared, List<String> prefixes, String key, String where) {
        if (declared.containsKey(key) || prefixes.stream().anyMatch(key::startsWith)) {
            return;
        }
        String near = declared.keySet().stream()
                .filter(k -> k.endsWith(key.substring(key.lastIndexOf('.') + 1)) || key.endsWith(k.substring(k.lastIndexOf('.') + 1)))
                .findFirst().map(k -> " (did you mean " + k + "?)").orElse("");
        throw new IllegalArgumentException("Unknown setting '" + key + "' " + where + near
                + ". Known: " + String.join(", ", declared.keySet())
                + (prefixes.isEmpty() ? "" : ", and anything under " + String.join(", ", prefixes)));
    }

    private static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "': settings are --<key>=<value>");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            if (eq > 0) {
                flags.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(body, args[++i]);
            } else {
                flags.put(body, "true");
            }
        }
        return flags;
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> result = new TreeMap<>();
        properties.forEach((k, v) -> result.put(k.toString().trim(), v.toString().trim()));
        return result;
    }
}
