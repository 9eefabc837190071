package org.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.gongkai.support.Browser;
import org.gongkai.support.BrowserTest;
import org.gongkai.support.CamundaWebAppsRuntime;
import org.gongkai.support.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator opens every deployed process in Cockpit and sees its whole diagram, every flow
 * node drawn and the diagram zoomed to fit a large window. The pictures are kept as {@code
 * target/process-diagrams/<processKey>.png}, for people to judge the layout.
 */
@BrowserTest
class CockpitDrawsEveryProcessDiagramBrowserTests {

  private static final Path DIAGRAMS = Path.of("target", "process-diagrams");

  private static final Duration WAIT = Duration.ofSeconds(90);

  /** The diagram's area of Cockpit's process definition page. */
  private static final By DIAGRAM = By.cssSelector("[cam-widget-bpmn-viewer]");

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;

  Browser browser;

  @BeforeEach
  void webAppsRuntimeOfThisContext() {
    CamundaWebAppsRuntime.of(processEngine);
  }

  @Test
  void anAdministratorSeesTheWholeDiagramOfEveryProcessInCockpit() throws IOException {
    List<ProcessDefinition> definitions =
        repositoryService.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions)
        .extracting(ProcessDefinition::getKey)
        .contains("citizen-complaint", "disclosure-request");
    Files.createDirectories(DIAGRAMS);
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(new Dimension(1920, 1200));
    try {
      logInToCockpit(driver);
      photographEveryDiagram(driver, definitions);
    } catch (RuntimeException | AssertionError e) {
      keepThePage(driver);
      throw e;
    }
  }

  private void photographEveryDiagram(WebDriver driver, List<ProcessDefinition> definitions)
      throws IOException {
    for (ProcessDefinition definition : definitions) {
      driver.get(cockpit() + "#/process-definition/" + definition.getId() + "/runtime");
      List<String> nodes =
          repositoryService
              .getBpmnModelInstance(definition.getId())
              .getModelElementsByType(FlowNode.class)
              .stream()
              .map(FlowNode::getId)
              .toList();
      new WebDriverWait(driver, WAIT)
          .withMessage(definition.getKey() + ": every flow node drawn")
          .until(d -> drawn(d).containsAll(nodes));
      giveTheDiagramThePage(driver);
      waitUntilTheDiagramFitsItsArea(driver);

      assertThat(outside(driver, nodes))
          .as("%s: shapes outside the diagram's area, not zoomed to fit", definition.getKey())
          .isEmpty();
      Path file = DIAGRAMS.resolve(definition.getKey() + ".png");
      Files.write(file, driver.findElement(DIAGRAM).getScreenshotAs(OutputType.BYTES));
      assertLegible(file, definition.getKey(), nodes.size());
    }
  }

  /** Keeps the page a failed test left, picture and source, beside the diagrams. */
  private static void keepThePage(WebDriver driver) throws IOException {
    Files.write(
        DIAGRAMS.resolve("failed-page.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(
        DIAGRAMS.resolve("failed-page.html"),
        driver.getCurrentUrl() + "\n" + driver.getPageSource());
  }

  private void logInToCockpit(WebDriver driver) {
    driver.get(cockpit());
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    WebElement username =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    username.sendKeys("admin");
    driver
        .findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"))
        .sendKeys(RealInfrastructure.PASSWORD);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.name("signinForm")));
  }

  /** Cockpit's address on this server. */
  private String cockpit() {
    return "http://127.0.0.1:" + port + "/camunda/app/cockpit/default/";
  }

  /** The ids of the BPMN elements bpmn-js has drawn. */
  @SuppressWarnings("unchecked")
  private static Set<String> drawn(WebDriver driver) {
    return new HashSet<>(
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    """
                    return Array.from(document.querySelectorAll(
                        '[cam-widget-bpmn-viewer] .djs-element[data-element-id]'))
                      .map(e => e.getAttribute('data-element-id'));
                    """));
  }

  /**
   * Folds away the definition's details on the left and maximizes the diagram over the tabs below
   * it, with Cockpit's own buttons.
   */
  private static void giveTheDiagramThePage(WebDriver driver) {
    ((JavascriptExecutor) driver)
        .executeScript(
            """
            const visible = e => e.offsetParent !== null;
            document.querySelectorAll('.hide-collapsable').forEach(button => {
              if (visible(button) && button.querySelector('.glyphicon-menu-left')) button.click();
            });
            document.querySelectorAll('.maximize-collapsable').forEach(button => {
              if (visible(button)) button.click();
            });
            """);
  }

  /**
   * Cockpit sizes the diagram to its area when the window is resized and then fits the diagram in,
   * half a second later. Waits until the area, the diagram's size and its zoom hold still between
   * two polls, telling the page of a resize while the diagram's size lags behind its area's.
   */
  private static void waitUntilTheDiagramFitsItsArea(WebDriver driver) {
    AtomicReference<String> last = new AtomicReference<>("");
    new WebDriverWait(driver, WAIT, Duration.ofMillis(800))
        .withMessage("the diagram's size and zoom settle")
        .until(
            d -> {
              String state =
                  (String)
                      ((JavascriptExecutor) d)
                          .executeScript(
                              """
                              const viewer = document.querySelector('[cam-widget-bpmn-viewer]');
                              const viewport = viewer && viewer.querySelector('.viewport');
                              if (!viewport) return '';
                              const own = viewer.getBoundingClientRect();
                              const area = viewer.parentElement.getBoundingClientRect();
                              if (Math.abs(own.width - area.width) > 2
                                  || Math.abs(own.height - area.height) > 2) {
                                window.dispatchEvent(new Event('resize'));
                              }
                              return [area.width, area.height, own.width, own.height,
                                viewport.getAttribute('transform')].join(' ');
                              """);
              return !state.isEmpty() && state.equals(last.getAndSet(state));
            });
  }

  /** The flow nodes drawn (partly) outside the diagram's area. */
  @SuppressWarnings("unchecked")
  private static List<String> outside(WebDriver driver, List<String> nodes) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const area = document.querySelector('[cam-widget-bpmn-viewer]')
                  .getBoundingClientRect();
                return arguments[0].filter(id => {
                  const e = document.querySelector(
                    '[cam-widget-bpmn-viewer] .djs-element[data-element-id="' + id + '"]');
                  const r = e.getBoundingClientRect();
                  return r.left < area.left - 1 || r.top < area.top - 1
                    || r.right > area.right + 1 || r.bottom > area.bottom + 1;
                });
                """,
                nodes);
  }

  /**
   * A picture of a drawn diagram: large, and more than a blank or single-coloured area — lines and
   * text for each of its flow nodes (a shape with its label is well over fifty dark pixels in the
   * sample of every other pixel).
   */
  private static void assertLegible(Path file, String processKey, int flowNodes)
      throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).as("%s is a PNG", file).isNotNull();
    assertThat(image.getWidth()).as("%s: width", processKey).isGreaterThanOrEqualTo(1200);
    assertThat(image.getHeight()).as("%s: height", processKey).isGreaterThanOrEqualTo(400);
    Set<Integer> colours = new HashSet<>();
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        if (luminance < 128) {
          dark++;
        }
      }
    }
    assertThat(colours.size()).as("%s: colours in the picture", processKey).isGreaterThan(16);
    assertThat(dark)
        .as("%s: dark pixels (lines and text) in the picture", processKey)
        .isGreaterThan(50L * flowNodes);
  }
}
