package org.gongkai.complaint.process;

import static org.gongkai.complaint.process.ComplaintProcessIds.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.gongkai.complaint.ComplaintCategory;
import org.gongkai.complaint.ComplaintRouting;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The routing catalogue as the DMN table {@value ComplaintProcessIds#ROUTING_DECISION}. */
@Component
class DmnComplaintRouting implements ComplaintRouting {

  private final DecisionService decisionService;

  DmnComplaintRouting(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public Optional<String> unitFor(
      String agencyCode, ComplaintCategory category, @Nullable String areaCode) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(INPUT_AGENCY, agencyCode);
    inputs.put(INPUT_CATEGORY, category.name());
    inputs.put(INPUT_AREA, areaCode);
    DmnDecisionRuleResult first =
        decisionService.evaluateDecisionTableByKey(ROUTING_DECISION, inputs).getFirstResult();
    if (first == null) {
      return Optional.empty();
    }
    Object unit = first.getEntry(OUTPUT_UNIT);
    return unit == null || unit.toString().isBlank()
        ? Optional.empty()
        : Optional.of(unit.toString());
  }
}
