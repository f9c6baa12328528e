package io.github.camelbitget.examples.bridge;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.BitgetConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the bridge from the {@code bridge.*} properties: one {@code bitget-<account>} component per account (its own
 * credentials, mode and rate limits), the public {@code bitget-market} component, the intent consumer with its health
 * check, the beans of the bridge route, and the Prometheus registry the meters go to.
 */
public class BridgeConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeConfiguration.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        BridgeSettings settings = BridgeSettings.from(name -> properties.resolveProperty(name).orElse(null),
                startingWith(properties, BridgeSettings.KAFKA_CLIENT_PREFIX));
        List<BridgeAccount> accounts = BridgeAccount.fromProperties(startingWith(properties, BridgeAccount.PREFIX));
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("No account configured: set " + BridgeAccount.PREFIX
                                               + "<id>.api-key, .secret-key and .passphrase");
        }
        Set<String> accountIds = accounts.stream().map(BridgeAccount::id).collect(Collectors.toSet());
        accounts.forEach(account -> context.addComponent(ExchangeGateway.componentName(account.id()),
                accountComponent(settings, account)));
        context.addComponent(MarketListings.COMPONENT, marketComponent(settings));
        LOG.info("Trading for {} on {}", accounts, settings.bitgetBaseUrl());

        configureKafka(context, settings);
        if (settings.createTopics()) {
            TopicSetup.ensureTopics(kafkaClientProperties(settings), settings);
        }

        BridgeMetrics metrics = new BridgeMetrics(meterRegistry(context), accountIds);
        context.getRegistry().bind("bridgeMetrics", metrics);

        Clock clock = Clock.systemUTC();
        ProducerTemplate template = context.createProducerTemplate();
        SymbolCatalogue catalogue = new SymbolCatalogue(new MarketListings(template), settings.symbolsRefreshAfter(),
                clock);
        context.getRegistry().bind("intentReader", new IntentReader(accountIds, new IntentSchema(), catalogue,
                metrics, clock));
        ExecutorService accountThreads = context.getExecutorServiceManager()
                .newFixedThreadPool(this, "order-desk", settings.deskThreads());
        context.getRegistry().bind("orderDesk", new OrderDesk(new ExchangeGateway(template, clock),
                new PlacementPlanner(settings.minBatch()), accountThreads, settings.unsettledRetries(),
                settings.unsettledRetryDelay(), clock));
        context.getRegistry().bind("bridgeRecords", new BridgeRecords(settings.deadLetterTopic()));
        context.getRegistry().bind("settlementReport", new SettlementReport(metrics));

        if (settings.sampleIntents() > 0) {
            addSamples(context, accounts, settings.sampleIntents());
        }

        IntentConsumer consumer = new IntentConsumer(consumerProperties(settings), settings.ordersTopic(),
                settings.consumers(), settings.pollTimeout(), settings.retryMaxDelay(), settings.shutdownTimeout(),
                records -> template.requestBody(BridgeRoutes.INTENTS, records), metrics, clock);
        context.getRegistry().bind("intentConsumer", consumer);
        HealthCheckRegistry.get(context).register(new IntentConsumerHealthCheck(consumer));
        // consume once every route runs, and stop consuming before the routes stop, so a poll in flight can finish
        context.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onContextStarted(CamelContext camelContext) {
                consumer.start();
            }

            @Override
            public void onContextStopping(CamelContext camelContext) {
                consumer.stop();
            }
        });
    }

    /**
     * The properties named {@code prefix...} from every source Camel reads (properties files, -D system properties,
     * overrides), with their placeholders such as {@code {{env:BITGET_SECRET_KEY}}} resolved.
     */
    private static Properties startingWith(PropertiesComponent properties, String prefix) {
        Set<String> names = new TreeSet<>(properties.loadProperties(name -> name.startsWith(prefix))
                .stringPropertyNames());
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(prefix))
                .forEach(names::add);
        Properties resolved = new Properties();
        names.forEach(name -> properties.resolveProperty(name).ifPresent(value -> resolved.setProperty(name, value)));
        return resolved;
    }

    /** The registry camel-micrometer-prometheus serves at /observe/metrics, whichever of us creates it first. */
    private static MeterRegistry meterRegistry(CamelContext context) {
        MeterRegistry registry = context.getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME,
                MeterRegistry.class);
        if (registry == null) {
            registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            context.getRegistry().bind(MicrometerConstants.METRICS_REGISTRY_NAME, registry);
        }
        return registry;
    }

    private static void addSamples(CamelContext context, List<BridgeAccount> accounts, int count) throws Exception {
        List<BridgeAccount> live = accounts.stream().filter(account -> "live".equals(account.mode())).toList();
        if (!live.isEmpty()) {
            throw new IllegalArgumentException("Sample intents place real orders: publish them for demo accounts"
                                               + " only, and " + live + " trade live");
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        context.addRoutes(new SampleRoutes(new SampleIntents(accounts.stream().map(BridgeAccount::id).toList(), run),
                count));
    }

    private static BitgetComponent accountComponent(BridgeSettings settings, BridgeAccount account) {
        BitgetComponent component = new BitgetComponent();
        BitgetConfiguration configuration = commonConfiguration(component, settings);
        configuration.setApiKey(account.apiKey());
        configuration.setSecretKey(account.secretKey());
        configuration.setPassphrase(account.passphrase());
        configuration.setMode(account.mode());
        component.setRateLimitOverrides(account.rateLimitOverrides());
        return component;
    }

    private static BitgetComponent marketComponent(BridgeSettings settings) {
        BitgetComponent component = new BitgetComponent();
        commonConfiguration(component, settings);
        return component;
    }

    private static BitgetConfiguration commonConfiguration(BitgetComponent component, BridgeSettings settings) {
        BitgetConfiguration configuration = component.getConfiguration();
        configuration.setBaseUrl(settings.bitgetBaseUrl());
        configuration.setRateLimitMaxWait(settings.rateLimitMaxWait().toMillis());
        configuration.setRequestTimeout(settings.requestTimeout().toMillis());
        return configuration;
    }

    /** camel-kafka publishes results and dead letters: acks from all in-sync replicas, idempotent, in order. */
    private static void configureKafka(CamelContext context, BridgeSettings settings) {
        KafkaComponent kafka = context.getComponent("kafka", KafkaComponent.class);
        kafka.getConfiguration().setBrokers(settings.bootstrapServers());
        kafka.getConfiguration().setRequestRequiredAcks("all");
        kafka.getConfiguration().setEnableIdempotence(true);
        kafka.getConfiguration().setAdditionalProperties(new HashMap<>(settings.kafkaClientProperties()));
    }

    private static Map<String, Object> kafkaClientProperties(BridgeSettings settings) {
        Map<String, Object> properties = new HashMap<>(settings.kafkaClientProperties());
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        return properties;
    }

    private static Map<String, Object> consumerProperties(BridgeSettings settings) {
        Map<String, Object> properties = kafkaClientProperties(settings);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        properties.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) settings.maxPollInterval().toMillis());
        return properties;
    }
}
