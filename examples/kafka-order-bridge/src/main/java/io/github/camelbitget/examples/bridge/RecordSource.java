package io.github.camelbitget.examples.bridge;

/** Where an intent came from: its Kafka record's coordinates and timestamp (epoch ms). */
public record RecordSource(String topic, int partition, long offset, long timestamp) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
