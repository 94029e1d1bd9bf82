package dev.agentcore4j.cli;

import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One line per log record on stderr: {@code 2026-11-25T10:00:00Z INFO  logger | message}.
 * {@code AC4J_LOG_LEVEL} sets the level (default INFO); the HTTP server's own chatter is kept to
 * warnings.
 */
final class Logging {

    private Logging() {
    }

    static void configure() {
        LogManager.getLogManager().reset();
        Level level = parse(System.getenv().getOrDefault("AC4J_LOG_LEVEL", "INFO"));
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(level);
        handler.setFormatter(new LineFormatter());
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        root.addHandler(handler);
        // robaho names its loggers oddly; keep its routine INFO lines out by source class.
        handler.setFilter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()
                || r.getSourceClassName() == null || !r.getSourceClassName().startsWith("robaho."));
    }

    private static Level parse(String name) {
        return switch (name.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "TRACE", "FINEST" -> Level.FINEST;
            case "DEBUG", "FINE" -> Level.FINE;
            case "WARN", "WARNING" -> Level.WARNING;
            case "ERROR", "SEVERE" -> Level.SEVERE;
            case "OFF" -> Level.OFF;
            default -> Level.INFO;
        };
    }

    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            String name = record.getLoggerName() == null ? "" : record.getLoggerName();
            String shortName = name.substring(name.lastIndexOf('.') + 1);
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                    .append(shortName).append(" | ").append(formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                line.append("  ").append(record.getThrown()).append('\n');
                for (StackTraceElement frame : record.getThrown().getStackTrace()) {
                    line.append("    at ").append(frame).append('\n');
                }
            }
            return line.toString();
        }
    }
}
