package io.newswire.stack;

import io.newswire.stack.EmbeddedKafkaBroker.KafkaBrokerSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerIT {
    private static final String TOPIC = "it.restart";

    @TempDir
    Path dataDir;

    @Test
    void aNewBrokerOnTheSameDataDirectoryFindsEveryRecord() throws Exception {
        List<String> written = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(KafkaBrokerSettings.onFreePorts(dataDir))) {
            createTopic(broker);
            written.addAll(produce(broker, 0, 200));
        }

        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(KafkaBrokerSettings.onFreePorts(dataDir))) {
            assertThat(consumeAll(again, written.size())).containsExactlyElementsOf(written);
        }
    }

    @Test
    void restartComesBackOnTheSameAddressAndClientsCarryOn() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(KafkaBrokerSettings.onFreePorts(dataDir))) {
            createTopic(broker);
            String address = broker.bootstrapServers();
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(TOPIC, "k", "before")).get(30, TimeUnit.SECONDS);

                broker.restart();

                assertThat(broker.bootstrapServers()).isEqualTo(address);
                producer.send(new ProducerRecord<>(TOPIC, "k", "after")).get(60, TimeUnit.SECONDS);
            }
            assertThat(consumeAll(broker, 2)).containsExactly("before", "after");
        }
    }

    private static void createTopic(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> produce(EmbeddedKafkaBroker broker, int from, int count) throws Exception {
        List<String> values = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(broker)) {
            for (int i = from; i < from + count; i++) {
                String value = "record-" + i;
                producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i), value));
                values.add(value);
            }
            producer.flush();
        }
        return values;
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(EmbeddedKafkaBroker broker, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }
}
