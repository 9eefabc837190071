package org.gongkai.worklist.web;

import java.security.Principal;
import java.util.List;
import org.gongkai.disclosure.DisclosureWorkItem;
import org.gongkai.disclosure.DisclosureWorklist;
import org.gongkai.platform.web.StaffPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front desk's case search by tracking number, applicant name or phone, personal data masked.
 * Only disclosure requests: the complaint module offers no query by name or phone yet.
 */
@StaffPage
@PreAuthorize("hasAnyRole('FRONT_DESK', 'HANDLER', 'REVIEWER', 'ADMIN')")
class CaseSearchPages {

  private final DisclosureWorklist disclosures;

  CaseSearchPages(DisclosureWorklist disclosures) {
    this.disclosures = disclosures;
  }

  @GetMapping("/search")
  String search(@RequestParam(defaultValue = "") String q, Model model, Principal user) {
    String wanted = q.strip();
    List<DisclosureWorkItem> results =
        wanted.isEmpty() ? List.of() : disclosures.search(wanted, user.getName());
    model.addAttribute("q", wanted);
    model.addAttribute("searched", !wanted.isEmpty());
    model.addAttribute("results", results);
    model.addAttribute("limit", DisclosureWorklist.SEARCH_LIMIT);
    return "search/cases";
  }
}
