package io.github.camelbitget.quarkus.deployment;

import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.formatters.PatternFormatter;

/** Log records as a log file shows them: the formatted message followed by the stack trace, if any. */
final class LogMessages {

    private static final Formatter MESSAGE_AND_TRACE = new PatternFormatter("%m");

    private LogMessages() {
    }

    static String text(LogRecord record) {
        return MESSAGE_AND_TRACE.format(record);
    }

    static List<String> texts(List<LogRecord> records) {
        return records.stream().map(LogMessages::text).toList();
    }
}
