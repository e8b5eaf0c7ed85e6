package io.newswire.schema.compat;

import io.newswire.schema.Contracts;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaFormatter;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schema evolution guard. Released versions of every contract are kept in the repository
 * ({@code schemas/released/<RecordName>/v<N>.avsc}); the build fails when a contract is not FULL_TRANSITIVE
 * compatible with all of them: the current schema must read every released version's data (backward, so replay of
 * the raw archive keeps working) and every released version must read the current schema's data (forward, so
 * subscribers that have not upgraded keep working).
 *
 * <p>Run by the build ({@code check}, in the schemas module's process-classes phase) and by hand to record a release
 * ({@code release}: {@code ./mvnw -pl schemas -am process-classes -Dschema.guard.mode=release}).
 */
public final class SchemaCompatibilityGuard {
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    private final Path releasedDir;

    public SchemaCompatibilityGuard(Path releasedDir) {
        this.releasedDir = releasedDir;
    }

    /** A released version the current schema cannot live with. */
    public record Violation(String record, int releasedVersion, String direction, List<String> problems) {
        @Override
        public String toString() {
            return record + " is not " + direction + " compatible with released v" + releasedVersion + ": "
                    + String.join("; ", problems);
        }
    }

    public record ReleasedSchema(int version, Schema schema) {
    }

    /** All violations of the current schemas against the released ones; empty when the contracts may ship. */
    public List<Violation> check(List<Schema> current) {
        List<Violation> violations = new ArrayList<>();
        for (Schema schema : current) {
            for (ReleasedSchema released : released(schema.getName())) {
                violations.addAll(compare(schema, released));
            }
        }
        Set<String> currentNames = current.stream().map(Schema::getName).collect(Collectors.toSet());
        for (String releasedName : releasedRecordNames()) {
            if (!currentNames.contains(releasedName)) {
                violations.add(new Violation(releasedName, latestVersion(releasedName), "present",
                        List.of("the contract was released but is no longer built; topics still hold its data")));
            }
        }
        return violations;
    }

    /** The problems of one current schema against one released version, both ways. */
    public static List<Violation> compare(Schema current, ReleasedSchema released) {
        List<Violation> violations = new ArrayList<>();
        problems(current, released.schema()).ifPresent(p ->
                violations.add(new Violation(current.getName(), released.version(), "backward", p)));
        problems(released.schema(), current).ifPresent(p ->
                violations.add(new Violation(current.getName(), released.version(), "forward", p)));
        return violations;
    }

    private static Optional<List<String>> problems(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return Optional.empty();
        }
        return Optional.of(result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
                .toList());
    }

    /**
     * Records each current schema that differs from its latest released version as the next version. Refuses, and
     * writes nothing, when any of them is incompatible.
     */
    public List<Path> release(List<Schema> current) throws IOException {
        List<Violation> violations = check(current);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(report(violations));
        }
        List<Path> written = new ArrayList<>();
        for (Schema schema : current) {
            List<ReleasedSchema> released = released(schema.getName());
            if (!released.isEmpty() && released.getLast().schema().equals(schema)
                    && released.getLast().schema().toString().equals(schema.toString())) {
                continue;
            }
            int next = released.isEmpty() ? 1 : released.getLast().version() + 1;
            Path file = releasedDir.resolve(schema.getName()).resolve("v" + next + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, SchemaFormatter.format("json/pretty", schema) + "\n", StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    public List<ReleasedSchema> released(String recordName) {
        Path dir = releasedDir.resolve(recordName);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(this::readVersion)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparingInt(ReleasedSchema::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ReleasedSchema> readVersion(Path file) {
        Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Schema schema = new Schema.Parser().parse(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new ReleasedSchema(Integer.parseInt(m.group(1)), schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> releasedRecordNames() {
        if (!Files.isDirectory(releasedDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(releasedDir)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int latestVersion(String recordName) {
        List<ReleasedSchema> released = released(recordName);
        return released.isEmpty() ? 0 : released.getLast().version();
    }

    public static String report(List<Violation> violations) {
        return "Schema evolution guard: " + violations.size() + " incompatible change(s). Released versions "
                + "must stay readable (replay) and current data must stay readable by released readers "
                + "(subscribers). Give new fields defaults, never remove or retype a field without one.\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
    }

    /** {@code check <releasedDir>} or {@code release <releasedDir>}. Throws, failing the build, on a violation. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !Set.of("check", "release").contains(args[0])) {
            throw new IllegalArgumentException("usage: SchemaCompatibilityGuard check|release <released-dir>");
        }
        SchemaCompatibilityGuard guard = new SchemaCompatibilityGuard(Path.of(args[1]));
        if (args[0].equals("release")) {
            List<Path> written = guard.release(Contracts.ALL);
            System.out.println(written.isEmpty() ? "Schema release: nothing changed since the last release."
                    : "Schema release: wrote " + written);
            return;
        }
        List<Violation> violations = guard.check(Contracts.ALL);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(report(violations));
        }
        System.out.println("Schema evolution guard: " + Contracts.ALL.size()
                + " contracts are FULL_TRANSITIVE compatible with every released version in " + args[1]);
    }
}
