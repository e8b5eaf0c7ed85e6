package io.newswire.faults;

import io.newswire.stack.EmbeddedKafkaBroker;
import io.newswire.stack.EmbeddedKafkaBroker.KafkaBrokerSettings;

import java.nio.file.Path;
import java.util.Map;

/**
 * A Kafka broker in a JVM of its own, so that a test can kill it outright: {@code BrokerProcess <data dir> <port>
 * <controller port>}. Says {@value #READY} when it takes requests, then runs until the process ends.
 */
final class BrokerProcess {
    static final String READY = "broker ready";

    private BrokerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(new KafkaBrokerSettings(Path.of(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Map.of()));
        System.out.println(READY + " on " + broker.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}
