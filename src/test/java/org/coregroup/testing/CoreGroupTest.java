package org.coregroup.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The one Spring context every integration test shares: the real engine, models, forms and
 * web server on a random port. The database is in-memory H2, or PostgreSQL when the build runs
 * with {@code -Dcoregroup.test.profiles=test,postgres} instead of the default {@code test,testdb} (see .ci/run).
 *
 * <p>Around each test, {@link CoreGroupExtension} points camunda-bpm-assert at the engine and puts
 * the engine's clock back afterwards; test classes do neither themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = CoreGroupTest.Profiles.class)
@ExtendWith(CoreGroupExtension.class)
public @interface CoreGroupTest {

  class Profiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return System.getProperty("coregroup.test.profiles", "test,testdb").split(",");
    }
  }
}
