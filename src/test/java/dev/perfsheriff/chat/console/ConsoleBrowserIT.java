package dev.perfsheriff.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfsheriff.testsupport.IntegrationTest;
import dev.perfsheriff.testsupport.SharedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The console in a real browser against the offline demo: Debian's headless {@code chromium} driven
 * through its {@code chromium-driver} (installed by {@code .ci/run}), the bot running with its
 * Quartz poller, the demo's stand-in and the console, exactly as {@code --perfsheriff.demo=true}
 * starts it. A card arrives by itself; a sheriff picks, previews, confirms (dry-run) and hands off
 * by clicking, asks for the quota in the command box; a second browser sees the card change without
 * reloading. Screenshots go to {@code target/console-screenshots/}. The context is closed
 * afterwards: its poller must not keep writing to the shared database behind later tests.
 */
@TestPropertySource(
    properties = {
      "perfsheriff.demo=true",
      "perfsheriff.demo-arrivals=PT4S",
      "perfsheriff.console.enabled=true",
      "spring.quartz.auto-startup=true"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleBrowserIT extends IntegrationTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private WebDriver sheriff;
  private WebDriver watcher;

  /**
   * Before this class's context starts: earlier tests may have left summaries and Perfherder poll
   * cursors in the shared database; the demo starts from an empty one, as on a fresh machine.
   */
  @BeforeAll
  static void emptyDatabase() throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        truncateEverything();
        return;
      } catch (SQLException e) {
        // Another cached context's worker may win a deadlock against the TRUNCATE: try again.
        if (!"40P01".equals(e.getSQLState()) || attempt == 5) {
          throw e;
        }
      }
    }
  }

  private static void truncateEverything() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(SharedPostgres.jdbcUrl(), SharedPostgres.username(), "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          """
          DO $$ DECLARE tables TEXT;
          BEGIN
            SELECT string_agg(quote_ident(tablename), ', ') INTO tables FROM pg_tables
             WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
               AND tablename NOT LIKE 'qrtz\\_%';
            IF tables IS NOT NULL THEN
              EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
            END IF;
          END $$
          """);
    }
  }

  @AfterEach
  void closeBrowsers() {
    for (WebDriver driver : new WebDriver[] {sheriff, watcher}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aSheriffTriagesANewSummaryByClickingAndASecondBrowserSeesIt() throws IOException {
    sheriff = browser();
    sheriff.get(baseUrl() + "/console");
    waitFor(sheriff, "the page to go live", d -> text(d, "#live").equals("live"));
    assertThat(text(sheriff, "#demo-badge")).contains("DEMO");
    assertThat(sheriff.findElement(By.id("act-as")).getText()).contains("Demo sheriff");
    Set<String> before = cardIds(sheriff);

    String card =
        waitFor(
            sheriff,
            "a card to arrive by itself",
            d -> cardIds(d).stream().filter(id -> !before.contains(id)).findFirst().orElse(null));
    String summary = sheriff.findElement(By.id(card)).getAttribute("data-summary");
    screenshot(sheriff, card, "01-card-arrived");

    watcher = browser();
    watcher.get(baseUrl() + "/console");
    waitFor(
        watcher, "the second page to show the card", d -> !d.findElements(By.id(card)).isEmpty());

    click(sheriff, card, "cherry_pick");
    waitFor(
        sheriff, "the cherry-pick prompt", d -> d.findElement(By.id("pick-dialog")).isDisplayed());
    List<WebElement> ticked = sheriff.findElements(By.cssSelector("#pick-choices input:checked"));
    assertThat(ticked).as("recommended alerts are ticked").isNotEmpty();
    screenshot(sheriff, "02-cherry-pick-prompt");
    sheriff.findElement(By.id("pick-submit")).click();
    waitFor(
        sheriff,
        "the card to show the picks",
        d -> !d.findElements(By.cssSelector("#" + card + " li.alert.picked")).isEmpty());

    click(sheriff, card, "retrigger");
    WebElement confirm =
        waitFor(
            sheriff,
            "the private retrigger preview",
            d ->
                d
                    .findElements(
                        By.cssSelector("#t-" + card.substring(2) + " .private code.command"))
                    .stream()
                    .filter(
                        code -> code.getText().equals("!perf retrigger " + summary + " confirm"))
                    .findFirst()
                    .orElse(null));
    assertThat(threadText(sheriff, card)).contains("Dry-run").contains("jobs");
    screenshot(sheriff, card, "03-retrigger-preview");
    confirm.click();
    waitFor(
        sheriff,
        "the round to start (dry-run)",
        d -> threadText(d, card).contains("Round 1 of summary " + summary + ": "));
    waitFor(
        sheriff, "the card to change live to confirming", d -> state(d, card).equals("confirming"));
    waitFor(
        sheriff,
        "the dry-run report",
        d -> threadText(d, card).contains("Round 1 of summary " + summary + " started: dry-run"));

    click(sheriff, card, "handoff");
    WebElement handoff =
        waitFor(
            sheriff,
            "the private question for the handoff note",
            d ->
                d
                    .findElements(
                        By.cssSelector("#t-" + card.substring(2) + " .private code.command"))
                    .stream()
                    .filter(code -> code.getText().equals("!perf handoff " + summary))
                    .findFirst()
                    .orElse(null));
    assertThat(threadText(sheriff, card)).contains("!perf handoff " + summary + " <note>");
    handoff.click();
    waitFor(
        sheriff, "the card to change live to dataready", d -> state(d, card).equals("dataready"));
    waitFor(sheriff, "the handoff in the thread", d -> threadText(d, card).contains("handed off"));

    WebElement box = sheriff.findElement(By.id("command"));
    box.sendKeys("!perf quota");
    sheriff.findElement(By.cssSelector("#command-form button")).click();
    waitFor(
        sheriff,
        "the quota answer",
        d -> text(d, "#feed").contains("Quota of the") && text(d, "#feed").contains("left"));
    screenshot(sheriff, "04-quota");
    screenshot(sheriff, card, "05-handed-off");

    waitFor(
        watcher,
        "the second browser to see the hand-off without reloading",
        d -> state(d, card).equals("dataready") && threadText(d, card).contains("handed off"));
    assertThat(watcher.findElements(By.cssSelector("#" + card + " li.alert.picked"))).isNotEmpty();
    screenshot(watcher, card, "06-second-browser");
    waitFor(
        sheriff,
        "the side panel to count the summary as dataready",
        d -> text(d, "#states li[data-state=dataready]").matches("dataready: [1-9]\\d*"));
  }

  private static WebDriver browser() throws IOException {
    assertThat(CHROMIUM)
        .as("the browser test needs Debian's chromium and chromium-driver (.ci/run installs them)")
        .isExecutable();
    assertThat(DRIVER).isExecutable();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1100",
        "--user-data-dir=" + Files.createTempDirectory("console-browser-"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static void click(WebDriver driver, String card, String action) {
    driver.findElement(By.cssSelector("#" + card + " button[data-action=" + action + "]")).click();
  }

  private static Set<String> cardIds(WebDriver driver) {
    return driver.findElements(By.cssSelector("#feed > .item.card")).stream()
        .map(e -> e.getAttribute("id"))
        .collect(Collectors.toSet());
  }

  private static String state(WebDriver driver, String card) {
    return driver.findElement(By.cssSelector("#" + card + " p.state")).getAttribute("data-state");
  }

  private static String threadText(WebDriver driver, String card) {
    return driver.findElement(By.id("t-" + card.substring(2))).getText();
  }

  private static String text(WebDriver driver, String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static <T> T waitFor(
      WebDriver driver, String what, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE)
        .withMessage(what)
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** A screenshot with {@code card} at the top of the window (new cards keep arriving above). */
  private static void screenshot(WebDriver driver, String card, String name) throws IOException {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.id(card)));
    screenshot(driver, name);
  }

  private static void screenshot(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
