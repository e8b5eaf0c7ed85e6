package io.newswire.stack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.slf4j.Marker;

/**
 * Drops one error the embedded broker logs that is not one. With transactions v2 (KIP-890), a transactional
 * producer's pipelined batches are refused until the broker has verified its first one (KAFKA-18202); the producer
 * retries them and nothing is lost, yet the broker logs each refusal at ERROR with a stack trace. Every other event
 * passes. Configure it in logback.xml: {@code <turboFilter class="io.newswire.stack.BenignBrokerErrors"/>}.
 */
public final class BenignBrokerErrors extends TurboFilter {
    private static final String REPLICA_MANAGER = "kafka.server.ReplicaManager";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t instanceof OutOfOrderSequenceException && level == Level.ERROR && REPLICA_MANAGER.equals(logger.getName())
                && t.getMessage() != null && t.getMessage().contains("transactions v2")) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
