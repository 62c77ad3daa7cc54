package org.coregroup.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coregroup.plan.ChildProtectionPlanProcess.KEY;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coregroup.CoreGroupTest;
import org.coregroup.calendar.Jurisdiction;
import org.coregroup.calendar.WorkingDayCalendar;
import org.coregroup.calendar.WorkingDays;
import org.coregroup.meeting.CoreGroupMeetingProcess;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a key worker does in the real Camunda Tasklist: log in, start a plan with the start form
 * (R1-R3) and find the first core group task, due 10 working days after the ICPC (R4).
 *
 * <p>Runs in {@code mvn verify} (failsafe), with Debian's {@code chromium} and
 * {@code chromium-driver}; nothing is downloaded. Without them the test is skipped, unless
 * {@code -Dcoregroup.browser.required=true}, or the environment variable {@code CI=true}, makes that a failure. On failure a screenshot
 * and the page source are kept in {@code target/browser/}.
 *
 * <p>What the DOM looks like (Camunda 7.24, form-js 1.8):
 * <ul>
 * <li>form-js gives every field the id {@code fjs-form-<random>-<field id>}: ids end with the
 * form's field id ({@code Field_caseReference}), rows of a dynamic list add {@code _<row>}.</li>
 * <li>Date fields are text inputs ({@code <field id>-date}) with a flatpickr that accepts typed
 * dates as {@code MM/dd/yyyy} only (the placeholder says mm/dd/yyyy, whatever the browser's
 * locale) and shows them back as {@code M/d/yyyy} once parsed on blur; the form submits
 * {@code yyyy-MM-dd}.</li>
 * <li>Selects are form-js's own dropdowns, not {@code <select>}: a display div
 * ({@code <field id>-display}) opens a list of {@code .fjs-dropdownlist-item} on mousedown; the
 * input behind it opens it on focus too, so a click on a focused select closes it again.</li>
 * <li>Tasklist shows due dates relative ("in 8 days"); the absolute date is the tooltip
 * ({@code uib-tooltip}), "Monday, 30 November 2026 23:59", in the browser's time zone.</li>
 * <li>A refused start shows as an {@code .alert-danger} in the start dialog, with the server's
 * message.</li>
 * </ul>
 */
@CoreGroupTest
class PlanBrowserTest {

  static final String CHROMIUM = System.getProperty("coregroup.browser.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("coregroup.browser.chromedriver", "/usr/bin/chromedriver");

  /** R4 under the national policy. */
  static final int FIRST_CORE_GROUP_WORKING_DAYS = 10;

  static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  static final DateTimeFormatter FORM_DATE_SHOWN = DateTimeFormatter.ofPattern("M/d/yyyy");
  static final DateTimeFormatter TASKLIST_DATE_TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.UK);

  @RegisterExtension
  final Browser browser = new Browser();

  @LocalServerPort int port;
  @Autowired WorkingDayCalendar calendar;
  @Autowired WorkingDays workingDays;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @BeforeAll
  static void chromiumInstalled() {
    boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
    // CI (which sets CI=true and installs Chromium in .ci/run) must never skip them.
    if (Boolean.getBoolean("coregroup.browser.required") || "true".equals(System.getenv("CI"))) {
      Assertions.assertTrue(installed, message);
    }
    Assumptions.assumeTrue(installed, message);
  }

  @Test
  @DisplayName("R1-R4: the key worker starts a plan in Tasklist and finds the first core group task, due 10 working days after the ICPC")
  void keyWorkerStartsPlanInTasklist() {
    String ref = newReference();
    LocalDate icpc = recentMondayThatIsAWorkingDay();
    LocalDate due = calendar.addWorkingDays(icpc, FIRST_CORE_GROUP_WORKING_DAYS, Jurisdiction.ENGLAND_AND_WALES);

    logInAs("sarah.social", "demo");
    openStartForm("Child protection plan");
    fillStartForm(ref, icpc);
    clickStart();

    browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
    WebElement taskLink = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
        "//li[contains(@class,'task')][.//*[normalize-space()='" + ref + "']]"
            + "//h4[contains(@class,'task')]/a[normalize-space()='Record core group meeting']")));
    taskLink.click();

    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".task-details h2.task"), "Record core group meeting"));
    By dueDate = By.cssSelector(".task-details [cam-tasklist-task-meta] .due-date [am-time-ago]");
    String shownDue = browser.waitFor(driver -> {
      String tooltip = driver.findElement(dueDate).getAttribute("uib-tooltip");
      return tooltip == null || tooltip.isBlank() || tooltip.contains("{{") ? null : tooltip;
    });
    assertThat(shownDue).isEqualTo(due.atTime(23, 59).format(TASKLIST_DATE_TIME));

    Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CoreGroupMeetingProcess.TASK_RECORD_MEETING).singleResult();
    assertThat(task).as("the first core group task of " + ref).isNotNull();
    assertThat(task.getAssignee()).isEqualTo("sarah.social");
    assertThat(task.getDueDate()).isEqualTo(workingDays.after(icpc, FIRST_CORE_GROUP_WORKING_DAYS));
    assertThat(WorkingDays.toLocalDate(task.getDueDate())).isEqualTo(due);
  }

  @Test
  @DisplayName("R2: a start form with an ICPC on a Saturday is refused with the server's message, and nothing starts")
  void icpcOnSaturdayIsRefused() {
    String ref = newReference();
    LocalDate saturday = today().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));

    logInAs("sarah.social", "demo");
    openStartForm("Child protection plan");
    fillStartForm(ref, saturday);
    clickStart();

    WebElement refusal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-content .notifications .alert-danger .message")));
    assertThat(refusal.getText()).contains("icpcDate").contains(saturday.toString()).contains("Saturday");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref).count())
        .isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(ref)
        .count()).isZero();
  }

  // ---- what the key worker does

  void logInAs(String user, String password) {
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
        .sendKeys(user);
    browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    browser.waitFor(ExpectedConditions.elementToBeClickable(startProcessLink()));
  }

  void openStartForm(String processName) {
    browser.driver().findElement(startProcessLink()).click();
    browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[normalize-space()='"
            + processName + "']"))).click();
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(field("caseReference")));
  }

  void fillStartForm(String ref, LocalDate icpc) {
    type("caseReference", ref);
    type("childName", "Amy Browser");
    date("childBirthDate", icpc.minusYears(6));
    date("icpcDate", icpc);
    select("categoryOfAbuse", "Neglect");
    select("localPolicy", "National (Working Together 2023)");
    type("keyWorker", "sarah.social");
    type("teamManager", "tom.manager");
    type("conferenceChair", "carol.chair");
    // The dynamic list of core group members has one row to begin with.
    type("coreGroupMembers_name_0", "Helen Health");
    type("coreGroupMembers_role_0", "Health visitor");
    select("coreGroupMembers_agency_0", "Health");
    type("coreGroupMembers_userId_0", "helen.health");
  }

  void clickStart() {
    blurActiveElement();
    // Enabled only while form-js reports no error (see coregroup/camunda-forms-validity.js).
    browser.waitFor("the Start button to be enabled (it stays disabled while Tasklist counts form errors)",
        ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")))
        .click();
  }

  // ---- form-js fields

  static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  static By startProcessLink() {
    return By.xpath("//a[normalize-space()='Start process']");
  }

  void type(String key, String text) {
    WebElement input = browser.driver().findElement(field(key));
    scrollIntoView(input);
    input.sendKeys(text);
    browser.waitFor(ExpectedConditions.attributeToBe(input, "value", text));
  }

  /** Typed as MM/dd/yyyy; flatpickr parses it on blur and shows it as M/d/yyyy. */
  void date(String key, LocalDate date) {
    WebElement input = browser.driver().findElement(By.cssSelector("[id$='-Field_" + key + "-date']"));
    scrollIntoView(input);
    input.sendKeys(date.format(FORM_DATE));
    blurActiveElement();
    browser.waitFor(ExpectedConditions.attributeToBe(input, "value", date.format(FORM_DATE_SHOWN)));
  }

  void select(String key, String label) {
    // A select that has the focus already is open, and a click would close it.
    blurActiveElement();
    WebElement display = browser.driver().findElement(By.cssSelector("[id$='-Field_" + key + "-display']"));
    scrollIntoView(display);
    display.click();
    By option = By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"
        + "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']");
    browser.waitFor(driver -> display.findElements(option).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null)).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElement(display, label));
  }

  void blurActiveElement() {
    ((JavascriptExecutor) browser.driver()).executeScript("if (document.activeElement) document.activeElement.blur();");
  }

  void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  // ---- test data

  static String newReference() {
    return "BROWSER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static LocalDate today() {
    return LocalDate.now(WorkingDays.LONDON);
  }

  /** The most recent Monday at least 2 days ago that is no bank holiday: a plausible ICPC. */
  LocalDate recentMondayThatIsAWorkingDay() {
    LocalDate day = today().minusDays(2);
    while (day.getDayOfWeek() != DayOfWeek.MONDAY || !calendar.isWorkingDay(day, Jurisdiction.ENGLAND_AND_WALES)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * A fresh headless Chromium per test, from the system's binaries, in the UK's zone and
   * language; a screenshot and the page source of a failed test go to {@code target/browser/}.
   */
  static final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final Path FAILURES = Path.of("target", "browser");

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    WebDriver driver() {
      return driver;
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
      return wait.until(condition);
    }

    <T> T waitFor(String what, Function<? super WebDriver, T> condition) {
      return new WebDriverWait(driver, TIMEOUT).withMessage(what).until(condition);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
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
      wait = new WebDriverWait(driver, TIMEOUT);
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
  }
}
