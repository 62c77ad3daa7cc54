package org.coregroup.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * CSV files the product hands out for a spreadsheet (RFC 4180, CRLF, UTF-8, a header row), written
 * with Jackson's CSV module. A cell a spreadsheet would run as a formula (starting =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, so a typed name or a crafted value cannot run
 * in the reader's spreadsheet (OWASP "CSV injection").
 */
public final class SpreadsheetCsv implements Closeable {

  /** Quotes only the cells that need it (a comma, a quote, a line break), as spreadsheets write them. */
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final SequenceWriter writer;

  private SpreadsheetCsv(OutputStream out, List<String> header) throws IOException {
    this.writer = CSV.writerFor(String[].class).with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out);
    row(header);
  }

  /** A file on {@code out}, starting with its header row; close it to finish the file. */
  public static SpreadsheetCsv to(OutputStream out, List<String> header) throws IOException {
    return new SpreadsheetCsv(out, header);
  }

  /** A whole (small) file as text. */
  public static String of(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SpreadsheetCsv csv = to(out, header)) {
      rows.forEach(csv::row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** One row; a missing value is an empty cell. */
  public void row(List<String> cells) {
    try {
      writer.write(cells.stream().map(SpreadsheetCsv::safe).toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  static String safe(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
