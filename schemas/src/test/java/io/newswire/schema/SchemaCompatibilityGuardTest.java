package io.newswire.schema;

import io.newswire.avro.RawArticle;
import io.newswire.schema.compat.SchemaCompatibilityGuard;
import io.newswire.schema.compat.SchemaCompatibilityGuard.Violation;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaCompatibilityGuardTest {
    private static final Path RELEASED = Path.of("released");

    @Test
    void theCurrentContractsAreCompatibleWithEveryReleasedVersion() {
        SchemaCompatibilityGuard guard = new SchemaCompatibilityGuard(RELEASED);
        for (Schema contract : Contracts.ALL) {
            assertThat(guard.released(contract.getName())).as("released versions of %s", contract.getName())
                    .isNotEmpty();
        }
        assertThat(guard.check(Contracts.ALL)).isEmpty();
    }

    @Test
    void refusesARetypedField() {
        Schema retyped = SchemaEdits.withFieldType(RawArticle.getClassSchema(), "title", "[\"null\", \"int\"]");

        List<Violation> violations = new SchemaCompatibilityGuard(RELEASED).check(contractsWith(retyped));

        assertThat(violations).isNotEmpty();
        assertThat(violations).extracting(Violation::direction).contains("backward", "forward");
        assertThat(SchemaCompatibilityGuard.report(violations)).contains("RawArticle").contains("/fields/");
    }

    @Test
    void refusesANewFieldWithoutDefault() {
        Schema added = SchemaEdits.withAddedField(RawArticle.getClassSchema(),
                "{\"name\": \"region\", \"type\": \"string\", \"doc\": \"x\"}");

        List<Violation> violations = new SchemaCompatibilityGuard(RELEASED).check(contractsWith(added));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.direction()).isEqualTo("backward");
            assertThat(v.toString()).contains("region");
        });
    }

    @Test
    void refusesARemovedRequiredField() {
        Schema withoutSource = SchemaEdits.withoutField(RawArticle.getClassSchema(), "source");

        List<Violation> violations = new SchemaCompatibilityGuard(RELEASED).check(contractsWith(withoutSource));

        assertThat(violations).extracting(Violation::direction).containsExactly("forward");
    }

    @Test
    void acceptsANewOptionalField() {
        Schema added = SchemaEdits.withAddedField(RawArticle.getClassSchema(),
                "{\"name\": \"region\", \"type\": [\"null\", \"string\"], \"default\": null, \"doc\": \"x\"}");

        assertThat(new SchemaCompatibilityGuard(RELEASED).check(contractsWith(added))).isEmpty();
    }

    @Test
    void flagsAReleasedContractThatIsNoLongerBuilt(@TempDir Path released) throws IOException {
        SchemaCompatibilityGuard guard = new SchemaCompatibilityGuard(released);
        guard.release(Contracts.ALL);

        List<Violation> violations = guard.check(List.of(RawArticle.getClassSchema()));

        assertThat(violations).extracting(Violation::record).containsExactlyInAnyOrder("EnrichedArticle", "DeadLetter");
    }

    @Test
    void releaseWritesOnlyChangedContractsAndRefusesIncompatibleOnes(@TempDir Path released) throws IOException {
        SchemaCompatibilityGuard guard = new SchemaCompatibilityGuard(released);
        assertThat(guard.release(Contracts.ALL)).hasSize(3);
        assertThat(guard.release(Contracts.ALL)).isEmpty();

        Schema optionalAdded = SchemaEdits.withAddedField(RawArticle.getClassSchema(),
                "{\"name\": \"region\", \"type\": [\"null\", \"string\"], \"default\": null, \"doc\": \"x\"}");
        assertThat(guard.release(contractsWith(optionalAdded)))
                .containsExactly(released.resolve("RawArticle").resolve("v2.avsc"));
        assertThat(Files.readString(released.resolve("RawArticle").resolve("v2.avsc"))).contains("region");

        Schema retyped = SchemaEdits.withFieldType(RawArticle.getClassSchema(), "title", "[\"null\", \"int\"]");
        assertThatThrownBy(() -> guard.release(contractsWith(retyped)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("incompatible");
        assertThat(released.resolve("RawArticle").resolve("v3.avsc")).doesNotExist();
    }

    @Test
    void mainFailsTheBuildOnAViolation(@TempDir Path released) throws IOException {
        Path dir = released.resolve("RawArticle");
        Files.createDirectories(dir);
        // A released version in which 'title' was a number: today's contract cannot read its data.
        Files.writeString(dir.resolve("v1.avsc"),
                SchemaEdits.withFieldType(RawArticle.getClassSchema(), "title", "[\"null\", \"int\"]").toString());

        assertThatThrownBy(() -> SchemaCompatibilityGuard.main(new String[] {"check", released.toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RawArticle is not backward compatible with released v1");
    }

    /** Every contract, with one replaced by an edited version of itself. */
    private static List<Schema> contractsWith(Schema edited) {
        return Contracts.ALL.stream().map(s -> s.getName().equals(edited.getName()) ? edited : s).toList();
    }
}
