package io.github.camelbitget.examples.bridge;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the intents topic: each of {@code consumers} threads polls, hands the whole poll to the bridge route, and
 * commits the poll's offsets only when the route has published every result and dead letter. A failed poll is not
 * committed: its partitions are rewound and it is processed again after a pause that doubles up to
 * {@code retryMaxDelay} (its orders cannot be doubled: they keep their clientOids). Nothing is polled while a poll is
 * processed, and nothing is held between polls, so a rebalance (which happens inside poll) never moves a partition
 * whose records this instance still works on.
 */
public final class IntentConsumer extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(IntentConsumer.class);

    /** The bridge route, called with the records of one poll; it returns when their results are on Kafka. */
    @FunctionalInterface
    public interface PollProcessor {
        void process(List<ConsumerRecord<byte[], byte[]>> records) throws Exception;
    }

    /** What the health check reports about one consumer thread. */
    public record LoopState(String name, boolean alive, Set<TopicPartition> assigned, long lastPollAt,
                            Exception lastFailure, int failuresInARow) {
    }

    private final Map<String, Object> kafkaProperties;
    private final String topic;
    private final int consumers;
    private final Duration pollTimeout;
    private final Duration retryMaxDelay;
    private final Duration shutdownTimeout;
    private final PollProcessor processor;
    private final BridgeMetrics metrics;
    private final Clock clock;
    private final List<PollLoop> loops = new CopyOnWriteArrayList<>();

    public IntentConsumer(Map<String, Object> kafkaProperties, String topic, int consumers, Duration pollTimeout,
                          Duration retryMaxDelay, Duration shutdownTimeout, PollProcessor processor,
                          BridgeMetrics metrics, Clock clock) {
        this.kafkaProperties = Map.copyOf(kafkaProperties);
        this.topic = topic;
        this.consumers = consumers;
        this.pollTimeout = pollTimeout;
        this.retryMaxDelay = retryMaxDelay;
        this.shutdownTimeout = shutdownTimeout;
        this.processor = processor;
        this.metrics = metrics;
        this.clock = clock;
    }

    public List<LoopState> states() {
        return loops.stream().map(PollLoop::state).toList();
    }

    @Override
    protected void doStart() {
        for (int i = 0; i < consumers; i++) {
            PollLoop loop = new PollLoop("intent-consumer-" + i);
            loops.add(loop);
            loop.thread.start();
        }
        LOG.info("Consuming {} with {} consumer(s) in group {}", topic, consumers, kafkaProperties.get("group.id"));
    }

    /**
     * Lets each thread finish and commit the poll it is processing, for up to {@code shutdownTimeout}; a thread still
     * busy then is interrupted and its poll stays uncommitted, to be processed again by the next owner.
     */
    @Override
    protected void doStop() throws InterruptedException {
        loops.forEach(PollLoop::requestStop);
        for (PollLoop loop : loops) {
            loop.thread.join(shutdownTimeout.toMillis());
            if (loop.thread.isAlive()) {
                LOG.warn("{} did not finish its poll within {} ms: interrupting it, the poll stays uncommitted",
                        loop.thread.getName(), shutdownTimeout.toMillis());
                loop.thread.interrupt();
                loop.thread.join(shutdownTimeout.toMillis());
            }
        }
        loops.clear();
    }

    private final class PollLoop implements Runnable, ConsumerRebalanceListener {

        private final Thread thread;
        private final CountDownLatch stopRequested = new CountDownLatch(1);
        private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
        private volatile boolean alive = true;
        private volatile long lastPollAt;
        private volatile Exception lastFailure;
        private volatile int failuresInARow;

        PollLoop(String name) {
            this.thread = new Thread(this, name);
        }

        LoopState state() {
            return new LoopState(thread.getName(), alive, Set.copyOf(assigned), lastPollAt, lastFailure,
                    failuresInARow);
        }

        void requestStop() {
            stopRequested.countDown();
        }

        private boolean running() {
            return stopRequested.getCount() > 0;
        }

        @Override
        public void run() {
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafkaProperties, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            try {
                consumer.subscribe(List.of(topic), this);
                while (running()) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
                    lastPollAt = clock.millis();
                    if (!records.isEmpty()) {
                        processAndCommit(consumer, records);
                    }
                }
            } catch (InterruptedException | InterruptException | WakeupException e) {
                LOG.info("{} stopped while processing a poll; its offsets were not committed", thread.getName());
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.error("{} died; this instance consumes no more intents", thread.getName(), e);
                throw e;
            } finally {
                alive = false;
                assigned.clear();
                closeQuietlyInterrupted(consumer);
            }
        }

        private void processAndCommit(KafkaConsumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records)
                throws InterruptedException {
            List<ConsumerRecord<byte[], byte[]>> polled = new ArrayList<>(records.count());
            records.forEach(polled::add);
            try {
                processor.process(polled);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (!running()) {
                    throw new InterruptedException("stopped while processing: " + e.getMessage());
                }
                failed(consumer, records, e);
                return;
            }
            try {
                consumer.commitSync(nextOffsets(records));
                failuresInARow = 0;
                lastFailure = null;
            } catch (WakeupException | InterruptException e) {
                throw e;
            } catch (KafkaException e) {
                lastFailure = e;
                LOG.warn("{}: the results of {} intents are published but their offsets are not committed ({}); a later"
                         + " commit covers them, and if this consumer stops or loses the partitions first, their"
                         + " results are published again (orders are not placed again: recovery=DUPLICATE)",
                        thread.getName(), polled.size(), e.toString());
            }
        }

        private void failed(KafkaConsumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records,
                            Exception failure) throws InterruptedException {
            failuresInARow++;
            lastFailure = failure;
            metrics.pollFailed();
            for (TopicPartition partition : records.partitions()) {
                if (consumer.assignment().contains(partition)) {
                    consumer.seek(partition, records.records(partition).get(0).offset());
                }
            }
            long delay = Math.min(retryMaxDelay.toMillis(), 500L << Math.min(failuresInARow - 1, 16));
            LOG.error("{}: processing {} intents failed ({} in a row); they are processed again in {} ms",
                    thread.getName(), records.count(), failuresInARow, delay, failure);
            if (stopRequested.await(delay, TimeUnit.MILLISECONDS)) {
                throw new InterruptedException("stopped while waiting to process a failed poll again");
            }
        }

        private Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<byte[], byte[]>> inPartition = records.records(partition);
                offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
            }
            return offsets;
        }

        /** Leaves the group at once, so that the partitions move to another instance without waiting for a timeout. */
        private void closeQuietlyInterrupted(KafkaConsumer<byte[], byte[]> consumer) {
            boolean interrupted = Thread.interrupted();
            try {
                consumer.close();
            } finally {
                if (interrupted) {
                    thread.interrupt();
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned.addAll(partitions);
            LOG.info("{} now consumes {}", thread.getName(), assigned);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            assigned.removeAll(partitions);
            if (!partitions.isEmpty()) {
                LOG.info("{} gave up {}", thread.getName(), partitions);
            }
        }
    }
}
