package org.coregroup.testing;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.slf4j.LoggerFactory;

/**
 * The statements the engine sends to the database for one of its mapped statements, as its mapper
 * (MyBatis) logs them at debug level: watched from {@link #watch} until closed.
 */
public final class MapperLog implements AutoCloseable {

  private static final String APPENDER = "mapper-log";

  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private MapperLog(String statement) {
    logger = (Logger) LoggerFactory.getLogger(statement);
    appender.setName(APPENDER);
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  /** From now on, what the mapper logs for {@code statement} (namespace and id, as in the engine's mappings). */
  public static MapperLog watch(String statement) {
    return new MapperLog(statement);
  }

  /** One line per statement sent. */
  public List<String> sent() {
    return lines("Preparing:");
  }

  /** The parameters of each statement sent. */
  public List<String> parameters() {
    return lines("Parameters:");
  }

  private List<String> lines(String marker) {
    return new ArrayList<>(appender.list).stream().map(ILoggingEvent::getFormattedMessage)
        .filter(line -> line.contains(marker)).toList();
  }

  @Override
  public void close() {
    logger.detachAppender(APPENDER);
    logger.setLevel(null);
  }
}
