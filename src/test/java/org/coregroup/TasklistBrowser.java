package org.coregroup;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A user in the real Camunda Tasklist, for the browser tests ({@code *BrowserTest}, run by
 * failsafe in {@code mvn verify}): register it as a static field,
 * {@code @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();}, in a
 * {@link org.coregroup.testing.CoreGroupTest}.
 *
 * <p>It uses Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin}, or
 * {@code -Dcoregroup.browser.chromium} and {@code -Dcoregroup.browser.chromedriver}); nothing is
 * downloaded. Without them the tests are skipped, unless {@code -Dcoregroup.browser.required=true},
 * or the environment variable {@code CI=true}, makes that a failure. Each test gets a fresh headless
 * Chromium in the UK's zone and language; on failure a screenshot and the page source are kept in
 * {@code target/browser/}.
 *
 * <p>What the DOM looks like (Camunda 7.24, form-js 1.8):
 * <ul>
 * <li>form-js gives every field the id {@code fjs-form-<random>-<field id>}: ids end with the
 * form's field id ({@code Field_caseReference}), rows of a dynamic list add {@code _<row>}
 * ({@code Field_actions_owner_0}); {@link #field(String)} takes what follows {@code Field_}.</li>
 * <li>Date fields are text inputs ({@code <field id>-date}) with a flatpickr that accepts typed
 * dates as {@code MM/dd/yyyy} only (the placeholder says mm/dd/yyyy: form-js follows the page's
 * {@code Intl} locale, which in headless Chromium is en-US whatever {@code --lang} says; a UK
 * browser gets dd/mm/yyyy, docs/architecture.md) and shows them back as {@code M/d/yyyy} once
 * parsed on blur; the form submits {@code yyyy-MM-dd}.</li>
 * <li>Selects are form-js's own dropdowns, not {@code <select>}: a display div
 * ({@code <field id>-display}) opens a list of {@code .fjs-dropdownlist-item} on mousedown; the
 * input behind it opens it on focus too, so a click on a focused select closes it again.</li>
 * <li>A radio group's options are inputs {@code <field id>-<n>}, each inside a label with the
 * option's text; a checkbox is the input {@code <field id>}.</li>
 * <li>A dynamic list that lets the user add rows has a {@code .fjs-repeat-render-add} button below
 * its rows.</li>
 * <li>Tasklist shows due dates relative ("in 8 days"); the absolute date is the tooltip
 * ({@code uib-tooltip}), "Monday, 30 November 2026 23:59", in the browser's time zone.</li>
 * <li>A refused start or completion shows as an {@code .alert-danger} with the server's
 * message.</li>
 * </ul>
 */
public final class TasklistBrowser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
    AfterEachCallback {

  public static final String CHROMIUM = System.getProperty("coregroup.browser.chromium", "/usr/bin/chromium");
  public static final String CHROMEDRIVER = System.getProperty("coregroup.browser.chromedriver", "/usr/bin/chromedriver");
  public static final String DEMO_PASSWORD = "Demo-pass-1";

  public static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  public static final DateTimeFormatter FORM_DATE_SHOWN = DateTimeFormatter.ofPattern("M/d/yyyy");
  public static final DateTimeFormatter TASKLIST_DATE_TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.UK);

  static final Duration TIMEOUT = Duration.ofSeconds(30);
  static final Path FAILURES = Path.of("target", "browser");

  private WebDriver driver;
  private WebDriverWait wait;
  private Path profile;
  private String baseUrl;

  // ---- lifecycle

  @Override
  public void beforeAll(ExtensionContext context) {
    boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
    // CI (which sets CI=true and installs Chromium in .ci/run) must never skip them.
    if (Boolean.getBoolean("coregroup.browser.required") || "true".equals(System.getenv("CI"))) {
      Assertions.assertTrue(installed, message);
    }
    Assumptions.assumeTrue(installed, message);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
    baseUrl = "http://localhost:" + port;
    profile = Files.createTempDirectory("coregroup-chromium-");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        // Tasklist shows dates in the browser's zone; deadlines are UK days.
        .withEnvironment(Map.of("TZ", "Europe/London"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=en-GB", "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    wait = newWait();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty() || driver == null) {
      return;
    }
    String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    try {
      Files.createDirectories(FAILURES);
      Files.write(FAILURES.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      context.getExecutionException().get().addSuppressed(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteProfile();
    }
  }

  /** Best effort: a leftover temp directory must not fail a test. */
  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // left for the OS to clean up
    } finally {
      profile = null;
    }
  }

  // ---- waiting

  public WebDriver driver() {
    return driver;
  }

  public <T> T waitFor(Function<? super WebDriver, T> condition) {
    return wait.until(condition);
  }

  public <T> T waitFor(String what, Function<? super WebDriver, T> condition) {
    return newWait().withMessage(what).until(condition);
  }

  /** Angular re-renders often: an element gone stale is looked up again on the next try. */
  private WebDriverWait newWait() {
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Saves what the browser shows as {@code target/screenshots/{name}.png}, for the docs' pictures. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application's address, for pages of our own ({@code baseUrl() + "/oversight"}). */
  public String baseUrl() {
    return baseUrl;
  }

  // ---- Tasklist

  /** Logs in on Tasklist's sign-in page; whoever was logged in before is logged out (their session cookie goes). */
  public void logInAs(String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/tasklist/default/");
    waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    waitFor(ExpectedConditions.elementToBeClickable(startProcessLink()));
  }

  public void logInAs(String user) {
    logInAs(user, DEMO_PASSWORD);
  }

  /** "Start process", the process by its name, and waits for the start form's field {@code firstField}. */
  public void openStartForm(String processName, String firstField) {
    driver.findElement(startProcessLink()).click();
    By process = By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[normalize-space()='"
        + processName + "']");
    // A click while Tasklist is still filling the list can land on a link it then replaces (seen
    // on a loaded machine: the link keeps the focus, no form opens): click again while the list shows.
    // While the dialog still slides in, the click can land on the link beside it (seen in CI:
    // "element click intercepted" by another process link): try again once it has settled.
    newWait().ignoring(TimeoutException.class).ignoring(ElementClickInterceptedException.class)
        .ignoring(StaleElementReferenceException.class).withMessage("the start form of " + processName).until(d -> {
      List<WebElement> links = d.findElements(process);
      if (!links.isEmpty() && links.get(0).isDisplayed()) {
        links.get(0).click();
      }
      return new WebDriverWait(d, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
          .until(ExpectedConditions.visibilityOfElementLocated(field(firstField)));
    });
  }

  /** Clicks Start once Tasklist enables it. */
  public void clickStart() {
    blurActiveElement();
    // Enabled only while form-js reports no error (see coregroup/camunda-forms-validity.js).
    waitFor("the Start button to be enabled (it stays disabled while Tasklist counts form errors)",
        ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")))
        .click();
  }

  /** Clicks Start and waits for the start dialog to close; a refusal fails with the server's message. */
  public void startAndWaitUntilStarted() {
    clickStart();
    waitFor("the start dialog to close", d -> {
      failOnErrorAlert(d);
      return d.findElements(By.cssSelector(".modal-content")).stream().noneMatch(WebElement::isDisplayed);
    });
  }

  /** The task's link in the list, for the task named {@code taskName} of the case {@code reference}. */
  public static By taskInList(String taskName, String reference) {
    return By.xpath("//li[contains(@class,'task')][.//*[normalize-space()='" + reference + "']]"
        + "//h4[contains(@class,'task')]/a[normalize-space()='" + taskName + "']");
  }

  /** Opens the task from the list and waits for its form (or details) to show. */
  public void openTask(String taskName, String reference) {
    WebElement link = waitFor("'" + taskName + "' of " + reference + " in the task list",
        ExpectedConditions.elementToBeClickable(taskInList(taskName, reference)));
    scrollIntoView(link); // low in a long list, the page's footer would take the click
    link.click();
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details h2.task"), taskName));
  }

  /** The open task's due date as Tasklist's tooltip shows it ("Monday, 30 November 2026 23:59"). */
  public String openTaskDueDate() {
    By dueDate = By.cssSelector(".task-details [cam-tasklist-task-meta] .due-date [am-time-ago]");
    return waitFor("the due date of the open task", d -> {
      List<WebElement> found = d.findElements(dueDate);
      String tooltip = found.isEmpty() ? null : found.get(0).getAttribute("uib-tooltip");
      return tooltip == null || tooltip.isBlank() || tooltip.contains("{{") ? null : tooltip;
    });
  }

  /**
   * Clicks Complete once Tasklist enables it and waits until {@code completed} holds (ask the
   * engine); an error alert (the server refused the form) fails with its message.
   */
  public void complete(BooleanSupplier completed) {
    blurActiveElement();
    WebElement button = waitFor("the Complete button to be enabled (it stays disabled while Tasklist counts form errors)",
        ExpectedConditions.elementToBeClickable(By.cssSelector(".task-details button[ng-click='complete()']")));
    scrollIntoView(button);
    button.click();
    waitFor("the task to be completed", d -> {
      failOnErrorAlert(d);
      return completed.getAsBoolean();
    });
  }

  private static void failOnErrorAlert(WebDriver d) {
    for (WebElement alert : d.findElements(By.cssSelector(".notifications .alert-danger"))) {
      if (alert.isDisplayed()) {
        throw new AssertionError("Tasklist shows an error: " + alert.getText());
      }
    }
  }

  // ---- form-js fields

  /** A form-js field by what follows {@code Field_} in its id: {@code caseReference}, {@code actions_owner_0}. */
  public static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  static By startProcessLink() {
    return By.xpath("//a[normalize-space()='Start process']");
  }

  /**
   * Types into a text field, text area or number field, and leaves it: form-js debounces what is
   * typed and takes it on blur. Should a re-render of the form (another field's debounced change)
   * wipe it out meanwhile, it is typed again.
   */
  public void type(String key, String text) {
    WebElement input = waitFor(ExpectedConditions.presenceOfElementLocated(field(key)));
    scrollIntoView(input);
    input.sendKeys(text);
    blurActiveElement();
    waitFor("'" + text + "' in " + key, d -> {
      String value = input.getAttribute("value");
      if (text.equals(value)) {
        return true;
      }
      if (value == null || value.isEmpty()) {
        input.sendKeys(text);
        blurActiveElement();
      }
      return null;
    });
  }

  /** The value a field shows (a read-only cell of a dynamic list, say). */
  public String value(String key) {
    return waitFor(ExpectedConditions.presenceOfElementLocated(field(key))).getAttribute("value");
  }

  /** Typed as MM/dd/yyyy; flatpickr parses it on blur and shows it as M/d/yyyy. */
  public void date(String key, LocalDate date) {
    WebElement input = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-Field_" + key + "-date']")));
    scrollIntoView(input);
    input.sendKeys(date.format(FORM_DATE));
    blurActiveElement();
    waitFor(ExpectedConditions.attributeToBe(input, "value", date.format(FORM_DATE_SHOWN)));
  }

  /** Chooses the option labelled {@code label} of a form-js select. */
  public void select(String key, String label) {
    // A select that has the focus already is open, and a click would close it.
    blurActiveElement();
    WebElement display = waitFor(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[id$='-Field_" + key + "-display']")));
    scrollIntoView(display);
    display.click();
    By option = By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"
        + "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']");
    WebElement choice = waitFor(driver -> display.findElements(option).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null));
    // the list opens below the field: low on the page, Tasklist's footer would take the click
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
    choice.click();
    waitFor(ExpectedConditions.textToBePresentInElement(display, label));
  }

  /** Ticks or clears a checkbox. */
  public void checkbox(String key, boolean ticked) {
    WebElement box = waitFor(ExpectedConditions.presenceOfElementLocated(field(key)));
    scrollIntoView(box);
    if (box.isSelected() != ticked) {
      box.click();
    }
    waitFor(ExpectedConditions.elementSelectionStateToBe(box, ticked));
  }

  /** Chooses the option labelled {@code label} of a radio group. */
  public void radio(String key, String label) {
    WebElement option = waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//*[contains(@id,'-Field_" + key + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
            + "//label[normalize-space()='" + label + "']//input[@type='radio']")));
    scrollIntoView(option);
    option.click();
    waitFor(ExpectedConditions.elementToBeSelected(option));
  }

  /**
   * Adds a row to the dynamic list labelled {@code label} (one that allows it) and waits for the
   * new row's field {@code <path>_<firstField>_<row>}.
   */
  public void addRow(String label, String path, String firstField, int row) {
    blurActiveElement();
    WebElement add = waitFor("the add button of the list '" + label + "'", ExpectedConditions.presenceOfElementLocated(
        By.xpath("(//*[normalize-space(text())='" + label + "']"
            + "/ancestor::*[.//button[contains(@class,'fjs-repeat-render-add')]][1]"
            + "//button[contains(@class,'fjs-repeat-render-add')])[last()]")));
    scrollIntoView(add);
    add.click();
    waitFor(ExpectedConditions.presenceOfElementLocated(field(path + "_" + firstField + "_" + row)));
  }

  public void blurActiveElement() {
    ((JavascriptExecutor) driver).executeScript("if (document.activeElement) document.activeElement.blur();");
  }

  public void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** Keeps a screenshot and the page source under {@code /tmp} (while writing a test). */
  public void snapshot(String name) {
    try {
      Files.write(Path.of("/tmp", name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(Path.of("/tmp", name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
