package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, as a staff member uses the pages: a
 * 1366×768 window, Chinese as the browser language, logging in through the login form.
 *
 * <p>Every {@link #screenshot(String) screenshot} first checks the page as a user would notice it
 * broken: no {@code ??key??} marker of a missing message, every form control with a label, and
 * nothing wider than the window. Screenshots go to {@code target/screenshots/<test>/NN-name.png},
 * kept as build artefacts.
 */
public final class Browser implements AutoCloseable {

  /**
   * Where Debian puts the browser and its driver ({@code apt-get install chromium
   * chromium-driver}).
   */
  private static final String CHROMIUM = "/usr/bin/chromium";

  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final String base;
  private final Path screenshots;
  private final ChromeDriver driver;
  private final Path profile;
  private final AtomicInteger shots = new AtomicInteger();

  private Browser(int port, String testName) {
    this.base = "http://127.0.0.1:" + port;
    this.screenshots = Paths.get("target", "screenshots", testName);
    try {
      Files.createDirectories(screenshots);
      this.profile = Files.createTempDirectory("gongkai-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,768",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Paths.get(CHROMEDRIVER).toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * A fresh browser for the application on {@code port}; screenshots named after the test. Tests
   * annotated {@link BrowserTest} get one opened and closed for them.
   */
  public static Browser open(int port, String testName) {
    return new Browser(port, testName);
  }

  /** Whether this machine has the browser and its driver. */
  public static boolean installed() {
    return Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
  }

  /** Logs out whoever is logged in, then logs in through the login form and lands on home. */
  public Browser logIn(String username) {
    driver.manage().deleteAllCookies();
    go("/login");
    field("username").sendKeys(username);
    field("password").sendKeys(RealInfrastructure.PASSWORD);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waitForPath("/");
    return this;
  }

  /** Opens a page of the application. */
  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  /** Waits until the browser shows the path (without query), after a form was sent, say. */
  public Browser waitForPath(String path) {
    new WebDriverWait(driver, WAIT).until(d -> pathOf(d.getCurrentUrl()).equals(path));
    return this;
  }

  /** Waits until the browser shows a path that starts with {@code prefix}; returns the path. */
  public String waitForPathStartingWith(String prefix) {
    new WebDriverWait(driver, WAIT).until(d -> pathOf(d.getCurrentUrl()).startsWith(prefix));
    return pathOf(driver.getCurrentUrl());
  }

  /** The form control with this id. */
  public WebElement field(String id) {
    return driver.findElement(By.id(id));
  }

  /** Types into the control with this id, replacing what it held. */
  public Browser type(String id, String text) {
    WebElement field = field(id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Chooses the option with this value in the select with this id. */
  public Browser choose(String id, String value) {
    new Select(field(id)).selectByValue(value);
    return this;
  }

  /** Clicks the button or link whose visible text is exactly {@code text}. */
  public Browser click(String text) {
    driver
        .findElement(
            By.xpath(
                "//button[normalize-space()='"
                    + text
                    + "'] | //a[normalize-space()='"
                    + text
                    + "'] | //input[@type='submit' and @value='"
                    + text
                    + "']"))
        .click();
    return this;
  }

  /**
   * Waits until the page shows the text: after a form that sends the browser to the path it is on
   * already, where {@link #waitForPath} cannot tell the new page from the old.
   */
  public Browser waitForText(String text) {
    new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    return this;
  }

  /** The page's visible text. */
  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The current path, without query. */
  public String path() {
    return pathOf(driver.getCurrentUrl());
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Checks the page (see the class comment) and saves a screenshot of it as {@code NN-name.png}.
   */
  public Path screenshot(String name) {
    checkPage();
    Path file =
        screenshots.resolve(
            String.format(Locale.ROOT, "%02d-%s.png", shots.incrementAndGet(), name));
    try {
      Files.copy(
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Fails on a missing message ({@code ??key_zh_CN??}), an unlabelled form control, or a page wider
   * than the 1366-pixel window.
   */
  public void checkPage() {
    String source = driver.getPageSource();
    assertThat(source)
        .as("missing message keys on %s", path())
        .doesNotContainPattern("\\?\\?[\\w.]+\\?\\?");
    @SuppressWarnings("unchecked")
    List<String> unlabelled =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    """
                    return Array.from(document.querySelectorAll('input, select, textarea'))
                      .filter(c => !['hidden', 'submit', 'button', 'reset'].includes(c.type))
                      .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label'))
                      .map(c => c.outerHTML);
                    """);
    assertThat(unlabelled).as("form controls without a label on %s", path()).isEmpty();
    Number overflow =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue())
        .as("the page %s is wider than the 1366-pixel window", path())
        .isLessThanOrEqualTo(0);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }

  private static String pathOf(String url) {
    String path = java.net.URI.create(url).getPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
