package org.coregroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the npm registry: {@code tools/axe}, installed with {@code npm ci} from its lock file on first
 * use) on the page the browser shows and fails on any serious or critical WCAG 2.2 A/AA violation.
 */
public final class AxeCheck {

  static final Path TOOL = Path.of("tools", "axe");
  static final Path SCRIPT = TOOL.resolve("node_modules/axe-core/axe.min.js");

  private AxeCheck() {
  }

  /** Puts axe-core into the page the browser shows (for a test that reads axe's results itself). */
  public static void inject(WebDriver driver) {
    ((JavascriptExecutor) driver).executeScript(script());
  }

  /** {@code within}: a CSS selector of the part that is ours (null: the whole page). */
  @SuppressWarnings("unchecked")
  public static void assertNoSeriousViolations(WebDriver driver, String within) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(script());
    Object result = js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const context = arguments[0] ? document.querySelector(arguments[0]) : document;
        axe.run(context, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
          .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe failed: ' + e]));
        """, within);
    assertThat((List<String>) result).as("serious or critical accessibility violations").isEmpty();
  }

  private static synchronized String script() {
    try {
      if (!Files.exists(SCRIPT)) {
        // Not inheritIO: the test JVM's own streams belong to Maven's test runner.
        Path log = Path.of("target", "axe-npm-ci.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(TOOL.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        npm.getOutputStream().close();
        assertThat(npm.waitFor()).as("npm ci in tools/axe (see " + log + ")").isZero();
      }
      return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("axe-core cannot be read from " + SCRIPT + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

}
