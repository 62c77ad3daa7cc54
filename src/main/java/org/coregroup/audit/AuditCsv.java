package org.coregroup.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The audit trail as CSV for a spreadsheet: a header row, UK dates and times, one row per event.
 * A cell that a spreadsheet would run as a formula (starting =, +, -, @) is prefixed with an
 * apostrophe, so a crafted path or field name cannot run in the administrator's spreadsheet.
 */
final class AuditCsv {

  static final List<String> HEADER = List.of(
      "When (UK time)", "User", "Case", "Action", "Channel", "Method", "Path", "What", "Status");

  private static final DateTimeFormatter UK_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private static final CsvMapper CSV = new CsvMapper();

  private AuditCsv() {
  }

  /** Writes the header, then each event {@code rows} hands over, straight to {@code out}. */
  static void write(OutputStream out, Consumer<Consumer<AuditEvent>> rows) throws IOException {
    try (SequenceWriter writer = CSV.writerFor(String[].class)
        .with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
      writer.write(HEADER.toArray(String[]::new));
      rows.accept(event -> {
        try {
          writer.write(row(event));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static String[] row(AuditEvent event) {
    return new String[] {UK_TIME.format(event.at()), safe(event.userId()), safe(event.caseReference()),
        event.action().name(), safe(event.channel()), event.method(), safe(event.path()), safe(event.what()),
        Integer.toString(event.status())};
  }

  private static String safe(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
