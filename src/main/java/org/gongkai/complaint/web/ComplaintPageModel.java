package org.gongkai.complaint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the complaint pages show alike: a ticket with the names of its agency and units, and the
 * not-found page for a case address that is not a case number.
 */
@Component
class ComplaintPageModel {

  private final Organization organization;
  private final MessageSource messages;

  ComplaintPageModel(Organization organization, MessageSource messages) {
    this.organization = organization;
    this.messages = messages;
  }

  /** The ticket, masked, with the name of its agency and of every unit it may name. */
  void caseModel(ComplaintDetails complaint, Model model) {
    model.addAttribute("c", complaint);
    model.addAttribute("full", false);
    model.addAttribute("agencyName", agencyName(complaint.agencyCode()));
    model.addAttribute("unitNames", unitNames());
  }

  /** Every agency's name by its code. */
  Map<String, String> unitNames() {
    Map<String, String> names = new LinkedHashMap<>();
    organization.agencies().forEach(a -> names.put(a.code(), a.name()));
    return names;
  }

  /** The agency's name, or its code when there is no such agency. */
  String agencyName(String agencyCode) {
    return organization.agency(agencyCode).map(AgencyView::name).orElse(agencyCode);
  }

  /** A case address that is not a case number at all: the problem page, as for an unknown one. */
  ModelAndView noSuchCase() {
    ModelAndView page = new ModelAndView("problem");
    page.setStatus(HttpStatus.NOT_FOUND);
    page.addObject("problemTitle", message("complaint.page.problem.title"));
    page.addObject("detail", message("complaint.page.problem.notFound"));
    return page;
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
