package org.coregroup.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The local authorities with children's services in England and Wales (R35: where a child who
 * moves permanently is transferred to), kept as the data resource {@link #RESOURCE}: each with
 * the DfE's three-digit code, the ONS code, its name as the DfE lists it and its country
 * (ADR 0036). Engine-free; one instance for the application ({@link #load()}).
 */
final class LocalAuthorities {

  static final String RESOURCE = "/authorities/local-authorities.csv";

  /** One authority: {@code code} the DfE's three-digit code, {@code gssCode} the ONS code. */
  record Authority(String code, String gssCode, String name, String country) {
  }

  private final List<Authority> all;
  private final Map<String, Authority> byKey = new LinkedHashMap<>();

  LocalAuthorities(List<Authority> authorities) {
    this.all = authorities.stream().sorted(Comparator.comparing(a -> a.name().toLowerCase(Locale.UK))).toList();
    for (Authority a : all) {
      byKey.put(key(a.name()), a);
      byKey.put(key(a.code()), a);
    }
  }

  /** The list the product ships ({@link #RESOURCE}), read once. */
  static LocalAuthorities standard() {
    return Standard.LIST;
  }

  private static final class Standard {
    static final LocalAuthorities LIST = load();
  }

  /** The list from {@link #RESOURCE}; a resource that cannot be read stops the application. */
  static LocalAuthorities load() {
    try (InputStream in = LocalAuthorities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The list of local authorities " + RESOURCE + " is missing");
      }
      CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
      List<Authority> found = new ArrayList<>();
      try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
        while (rows.hasNext()) {
          Map<String, String> row = rows.next();
          found.add(new Authority(row.get("code").trim(), row.get("gss_code").trim(), row.get("name").trim(), row.get("country").trim()));
        }
      }
      return new LocalAuthorities(found);
    } catch (IOException e) {
      throw new UncheckedIOException("The list of local authorities " + RESOURCE + " cannot be read", e);
    }
  }

  /** Every authority, by name. */
  List<Authority> all() {
    return all;
  }

  /** The authority with this name (as listed, ignoring case and spacing) or this DfE code. */
  Optional<Authority> find(String nameOrCode) {
    return nameOrCode == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(nameOrCode)));
  }

  private static String key(String text) {
    return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }
}
