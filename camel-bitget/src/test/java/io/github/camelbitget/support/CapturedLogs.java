package io.github.camelbitget.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line of the JVM's client side at TRACE, with the rendered message and any stack trace, while
 * open.
 */
public final class CapturedLogs extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previousRootLevel;

    private CapturedLogs() {
        super("captured-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        start();
        configuration.addAppender(this);
        LoggerConfig root = configuration.getRootLogger();
        previousRootLevel = root.getLevel();
        root.addAppender(this, Level.TRACE, null);
        root.setLevel(Level.TRACE);
        configuration.getLoggers().values().forEach(logger -> {
            logger.addAppender(this, Level.TRACE, null);
            logger.setLevel(Level.TRACE);
        });
        context.updateLoggers();
    }

    public static CapturedLogs atTrace() {
        return new CapturedLogs();
    }

    @Override
    public void append(LogEvent event) {
        if (isMockServer(event.getLoggerName())) {
            return;
        }
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        for (Throwable thrown = event.getThrown(); thrown != null; thrown = thrown.getCause()) {
            line.append(" | ").append(thrown);
        }
        lines.add(line.toString());
    }

    /** WireMock's Jetty logs what it receives, like Bitget's servers would; those are not the client's logs. */
    private static boolean isMockServer(String loggerName) {
        return loggerName.startsWith("org.eclipse.jetty") || loggerName.startsWith("wiremock")
               || loggerName.startsWith("com.github.tomakehurst");
    }

    public List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().removeAppender(getName());
        configuration.getRootLogger().setLevel(previousRootLevel);
        configuration.getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
        context.reconfigure();
        stop();
    }
}
