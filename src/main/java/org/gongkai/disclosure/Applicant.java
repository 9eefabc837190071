package org.gongkai.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.gongkai.platform.PersonalDataMasking;
import org.jspecify.annotations.Nullable;

/** Who asked: personal data, shown whole only to staff working the case. */
@Embeddable
public record Applicant(
    @Enumerated(EnumType.STRING) @Column(name = "applicant_type", nullable = false)
        ApplicantType type,
    @Column(name = "applicant_name", nullable = false) String name,
    @Column(name = "applicant_id_number") @Nullable String idNumber,
    @Column(name = "applicant_phone") @Nullable String phone,
    @Column(name = "applicant_address") @Nullable String address,
    @Column(name = "applicant_organization") @Nullable String organizationName) {

  /** The applicant with name, ID number, phone and address masked, for lists and digests. */
  public Applicant masked() {
    return new Applicant(
        type,
        type.isOrganization() ? name : PersonalDataMasking.name(name),
        PersonalDataMasking.idNumber(idNumber),
        PersonalDataMasking.phone(phone),
        PersonalDataMasking.address(address),
        organizationName);
  }
}
