package org.gongkai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.complaint.process.ComplaintProcessIds.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The routing catalogue {@code bpmn/complaint-routing.dmn}: category × area → unit. */
@IntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
class ComplaintRoutingProcessTests {

  @Autowired DecisionService decisionService;
  @Autowired ComplaintRouting routing;

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "CONSULTATION, none,           demo-finance",
        "CONSULTATION, chengguan,      demo-finance",
        "HELP,         none,           demo-chengguan",
        "HELP,         chengguan,      demo-chengguan",
        "HELP,         xinzhuang,      demo-chengguan",
        "COMPLAINT,    none,           demo-housing",
        "COMPLAINT,    chengguan,      demo-chengguan",
        "COMPLAINT,    demo-chengguan, demo-chengguan",
        "COMPLAINT,    xinzhuang,      demo-housing",
        "REPORT,       none,           demo-housing",
        "REPORT,       chengguan,      demo-chengguan",
        "SUGGESTION,   none,           demo-county",
        "SUGGESTION,   chengguan,      demo-county",
        "PRAISE,       none,           demo-county",
        "OTHER,        none,           demo-county",
        "OTHER,        chengguan,      demo-county"
      })
  void theDemoAgencysCatalogueNamesAUnit(ComplaintCategory category, String area, String unit) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(INPUT_AGENCY, "demo-county");
    inputs.put(INPUT_CATEGORY, category.name());
    inputs.put(INPUT_AREA, area);

    var result = decisionService.evaluateDecisionTableByKey(ROUTING_DECISION, inputs);

    assertThat(result.getFirstResult().<String>getEntry(OUTPUT_UNIT)).isEqualTo(unit);
  }

  @Test
  void everyCategoryIsRoutedForTheDemoAgency() {
    assertThat(
            Arrays.stream(ComplaintCategory.values())
                .map(category -> routing.unitFor("demo-county", category, null)))
        .allSatisfy(unit -> assertThat(unit).isPresent());
  }

  @Test
  void anAgencyWithoutACatalogueHandlesItsComplaintsItself() {
    assertThat(routing.unitFor("other-county", ComplaintCategory.COMPLAINT, "chengguan")).isEmpty();
  }
}
