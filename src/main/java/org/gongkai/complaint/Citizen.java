package org.gongkai.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.gongkai.platform.PersonalDataMasking;
import org.jspecify.annotations.Nullable;

/** Who raised the complaint: personal data, shown whole only to staff working the case. */
@Embeddable
public record Citizen(
    @Column(name = "citizen_name", nullable = false) String name,
    @Column(name = "citizen_phone") @Nullable String phone) {

  /** The citizen with name and phone masked, for lists and digests. */
  public Citizen masked() {
    return new Citizen(PersonalDataMasking.name(name), PersonalDataMasking.phone(phone));
  }
}
