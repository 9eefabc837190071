package org.gongkai.supervision.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.springframework.stereotype.Component;

/** The names the supervision pages show for agency and unit codes. */
@Component
class AgencyNames {

  private final Organization organization;

  AgencyNames(Organization organization) {
    this.organization = organization;
  }

  /** Every agency's and unit's name by its code. */
  Map<String, String> all() {
    Map<String, String> names = new LinkedHashMap<>();
    organization.agencies().forEach(a -> names.put(a.code(), a.name()));
    return names;
  }

  /** The name of an agency or unit, or its code when there is none. */
  String of(String code) {
    return organization.agency(code).map(AgencyView::name).orElse(code);
  }
}
