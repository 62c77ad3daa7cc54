package org.coregroup.json;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Spring's {@code ObjectMapper} is {@link Json#MAPPER}: one mapper in the whole product. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  @Primary
  ObjectMapper objectMapper() {
    return Json.MAPPER;
  }
}
