package io.newswire.serde;

import io.newswire.registry.SchemaRegistryClientConfig;

import java.util.Map;

/**
 * Serde settings, read from a Kafka client configuration under the keys Confluent's serializers use.
 *
 * @param registry       where the schema registry is
 * @param autoRegister   register the writer schema on first use ({@code auto.register.schemas}, default true); when
 *                       false the schema must already be registered, and is looked up
 * @param keyStrategy    subject naming for keys ({@code key.subject.name.strategy}, default topic name)
 * @param valueStrategy  subject naming for values ({@code value.subject.name.strategy}, default topic name)
 */
public record AvroSerdeConfig(SchemaRegistryClientConfig registry, boolean autoRegister,
                              SubjectNameStrategy keyStrategy, SubjectNameStrategy valueStrategy) {

    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    public static AvroSerdeConfig fromKafkaConfig(Map<String, ?> configs) {
        Object autoRegister = configs.get(AUTO_REGISTER_SCHEMAS);
        Object keyStrategy = configs.get(KEY_SUBJECT_NAME_STRATEGY);
        Object valueStrategy = configs.get(VALUE_SUBJECT_NAME_STRATEGY);
        return new AvroSerdeConfig(
                SchemaRegistryClientConfig.fromKafkaConfig(configs),
                autoRegister == null || Boolean.parseBoolean(autoRegister.toString().trim()),
                keyStrategy == null ? SubjectNameStrategy.TOPIC_NAME : SubjectNameStrategy.parse(keyStrategy.toString()),
                valueStrategy == null ? SubjectNameStrategy.TOPIC_NAME : SubjectNameStrategy.parse(valueStrategy.toString()));
    }

    public SubjectNameStrategy strategy(boolean isKey) {
        return isKey ? keyStrategy : valueStrategy;
    }
}
