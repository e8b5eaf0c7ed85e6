package io.newswire.enrich.stream;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.util.Map;
import java.util.TreeMap;

/**
 * The input record as it was on the topic, kept beside the article as it travels through the topology so that a
 * failure at any stage can put the untouched bytes in the dead-letter topic.
 */
record SourceRecord(String topic, int partition, long offset, Long timestamp, byte[] key, byte[] value,
                    Map<String, byte[]> headers) {

    static Map<String, byte[]> headersOf(Headers headers) {
        Map<String, byte[]> copy = new TreeMap<>();
        if (headers != null) {
            for (Header header : headers) {
                copy.put(header.key(), header.value());
            }
        }
        return copy;
    }
}
