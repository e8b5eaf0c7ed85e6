package io.newswire.schema;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** House rules for every message schema, checked on the generated contracts. */
class ContractsTest {

    @Test
    void everyContractLivesInOneNamespace() {
        assertThat(Contracts.ALL).extracting(Schema::getNamespace).containsOnly("io.newswire.avro");
    }

    @Test
    void everyRecordAndFieldIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        visitRecords((record, field) -> {
            if (record.getDoc() == null || record.getDoc().isBlank()) {
                undocumented.add(record.getFullName());
            }
            if (field.doc() == null || field.doc().isBlank()) {
                undocumented.add(record.getFullName() + "." + field.name());
            }
        });
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyTimeIsATimestampLogicalType() {
        List<String> plainTimes = new ArrayList<>();
        visitRecords((record, field) -> {
            if (field.name().endsWith("At") || field.name().endsWith("Timestamp")) {
                Schema type = nonNull(field.schema());
                if (!(type.getLogicalType() instanceof LogicalTypes.TimestampMillis)) {
                    plainTimes.add(record.getName() + "." + field.name());
                }
            }
        });
        assertThat(plainTimes).isEmpty();
    }

    @Test
    void everyEnumHasADefaultSoOldReadersSurviveNewSymbols() {
        List<String> noDefault = new ArrayList<>();
        visitRecords((record, field) -> {
            Schema type = nonNull(field.schema());
            if (type.getType() == Schema.Type.ENUM && type.getEnumDefault() == null) {
                noDefault.add(type.getFullName());
            }
        });
        assertThat(noDefault).isEmpty();
    }

    @Test
    void optionalFieldsDefaultToNull() {
        List<String> wrong = new ArrayList<>();
        visitRecords((record, field) -> {
            Schema schema = field.schema();
            if (schema.isNullable() && schema.getType() == Schema.Type.UNION
                    && (schema.getTypes().getFirst().getType() != Schema.Type.NULL || !field.hasDefaultValue())) {
                wrong.add(record.getName() + "." + field.name());
            }
        });
        assertThat(wrong).isEmpty();
    }

    private interface FieldVisitor {
        void visit(Schema record, Schema.Field field);
    }

    private static void visitRecords(FieldVisitor visitor) {
        Set<String> seen = new HashSet<>();
        Contracts.ALL.forEach(schema -> visit(schema, visitor, seen));
    }

    private static void visit(Schema schema, FieldVisitor visitor, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                for (Schema.Field field : schema.getFields()) {
                    visitor.visit(schema, field);
                    visit(field.schema(), visitor, seen);
                }
            }
            case UNION -> schema.getTypes().forEach(t -> visit(t, visitor, seen));
            case ARRAY -> visit(schema.getElementType(), visitor, seen);
            case MAP -> visit(schema.getValueType(), visitor, seen);
            default -> {
            }
        }
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }
}
