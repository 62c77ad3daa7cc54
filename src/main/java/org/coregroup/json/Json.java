package org.coregroup.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The product's one JSON mapper, configured as Spring Boot configures its own (Java time and
 * other well-known modules, dates as ISO text, unknown properties ignored). It is also the
 * application's {@code ObjectMapper} bean ({@link JsonConfiguration}), so components that are
 * given a mapper and value classes that parse a process variable read and write JSON the same way.
 */
public final class Json {

  public static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json()
      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .build();

  private Json() {
  }
}
