package org.coregroup.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.coregroup.spreadsheet.SpreadsheetCsv;

/**
 * The audit trail as CSV for a spreadsheet: a header row, UK dates and times, one row per event.
 * Cells that a spreadsheet would run as a formula are defused ({@link SpreadsheetCsv}), so a crafted
 * path or field name cannot run in the administrator's spreadsheet.
 */
final class AuditCsv {

  static final List<String> HEADER = List.of(
      "When (UK time)", "User", "Case", "Action", "Channel", "Method", "Path", "What", "Status");

  private static final DateTimeFormatter UK_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private AuditCsv() {
  }

  /** Writes the header, then each event {@code rows} hands over, straight to {@code out}. */
  static void write(OutputStream out, Consumer<Consumer<AuditEvent>> rows) throws IOException {
    try (SpreadsheetCsv csv = SpreadsheetCsv.to(out, HEADER)) {
      rows.accept(event -> csv.row(row(event)));
    }
  }

  static List<String> row(AuditEvent event) {
    return Arrays.asList(UK_TIME.format(event.at()), event.userId(), event.caseReference(), event.action().name(),
        event.channel(), event.method(), event.path(), event.what(), Integer.toString(event.status()));
  }
}
