package org.gridcommand.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * The console's log file, {@code logs/gridcommand.log} in the data folder: a console started from the desktop menu
 * has no terminal, and one that runs for weeks needs its history somewhere. Five files of 10 MB at most. It takes the
 * place of logback.xml's file (the command line's, {@code ~/.cache/gridcommand}), so a console writes one log;
 * {@code GRIDCOMMAND_LOG} names one file for both and is then left as it is.
 */
final class ConsoleLogFile {
    /** Lines with this marker go to the file only, not to the terminal (logback.xml filters them there). */
    static final Marker ONLY_IN_FILE = MarkerFactory.getMarker("LOG_FILE_ONLY");
    private static final String APPENDER = "CONSOLE_LOG_FILE";
    /** logback.xml's file appender. */
    private static final String COMMAND_LINE_APPENDER = "FILE";

    private ConsoleLogFile() {
    }

    /**
     * Adds the log file to the root logger; returns it, or null when the folder cannot be written (the terminal
     * still gets the lines, and a log file must never keep the console from starting).
     */
    static Path attach(Path dataFolder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        // two types named Logger here: this one is spelled out
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        String chosen = System.getenv("GRIDCOMMAND_LOG");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        Path folder = dataFolder.resolve("logs");
        Path file = folder.resolve("gridcommand.log");
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> open) {
            if (Path.of(open.getFile()).equals(file)) {
                return file;
            }
            detach();
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            LoggerFactory.getLogger(ConsoleLogFile.class).warn("No log file in {}: {}", folder, e.toString());
            return null;
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("gridcommand.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(4);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted()) {
            return null;
        }
        root.addAppender(appender);
        var commandLineFile = root.getAppender(COMMAND_LINE_APPENDER);
        if (commandLineFile != null) {
            root.detachAppender(commandLineFile);
            commandLineFile.stop();
        }
        return file;
    }

    /** Closes the log file (tests; the console's file stays open until the process ends). */
    static void detach() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            // two types named Logger here: this one is spelled out
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            var open = root.getAppender(APPENDER);
            if (open != null) {
                root.detachAppender(open);
                open.stop();
            }
        }
    }
}
