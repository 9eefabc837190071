package org.gongkai.worklist.web;

import java.security.Principal;
import java.util.List;
import org.gongkai.complaint.ComplaintQueries;
import org.gongkai.disclosure.DisclosureWorkItem;
import org.gongkai.disclosure.DisclosureWorklist;
import org.gongkai.platform.web.StaffPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front desk's case search over both case kinds: disclosure requests by tracking number,
 * applicant name or phone; complaints by work-order or 110/12345 ticket number, citizen name or
 * phone; personal data masked.
 */
@StaffPage
@PreAuthorize("hasAnyRole('FRONT_DESK', 'HANDLER', 'REVIEWER', 'ADMIN')")
class CaseSearchPages {

  private final DisclosureWorklist disclosures;
  private final ComplaintQueries complaints;

  CaseSearchPages(DisclosureWorklist disclosures, ComplaintQueries complaints) {
    this.disclosures = disclosures;
    this.complaints = complaints;
  }

  @GetMapping("/search")
  String search(@RequestParam(defaultValue = "") String q, Model model, Principal user) {
    String wanted = q.strip();
    List<DisclosureWorkItem> results =
        wanted.isEmpty() ? List.of() : disclosures.search(wanted, user.getName());
    model.addAttribute("q", wanted);
    model.addAttribute("searched", !wanted.isEmpty());
    model.addAttribute("results", results);
    model.addAttribute(
        "complaints", wanted.isEmpty() ? List.of() : complaints.search(wanted, user.getName()));
    model.addAttribute("limit", DisclosureWorklist.SEARCH_LIMIT);
    return "search/cases";
  }
}
