package org.gongkai.disclosure.web;

import static org.gongkai.platform.web.CommandForms.blankToNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gongkai.platform.PhoneNumber;
import org.gongkai.platform.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * The registration form as typed: every field a string, so that whatever was typed comes back when
 * the form is shown again with its messages.
 */
public class RegistrationForm {

  @NotBlank(message = "{disclosure.page.error.agency}")
  private @Nullable String agencyCode;

  private @Nullable String handlingUnit;

  @NotBlank(message = "{disclosure.page.error.channel}")
  private @Nullable String channel;

  @NotBlank(message = "{disclosure.page.error.submittedAt}")
  private @Nullable String submittedAt;

  @NotBlank(message = "{disclosure.page.error.receivedAt}")
  private @Nullable String receivedAt;

  @NotBlank(message = "{disclosure.page.error.applicantType}")
  private @Nullable String applicantType;

  @NotBlank(message = "{disclosure.page.error.applicantName}")
  @Size(max = 100, message = "{disclosure.page.error.tooLong}")
  private @Nullable String applicantName;

  @ResidentIdNumber(message = "{disclosure.page.error.idNumber}")
  private @Nullable String applicantIdNumber;

  @PhoneNumber(message = "{disclosure.page.error.phone}")
  private @Nullable String applicantPhone;

  @Size(max = 500, message = "{disclosure.page.error.tooLong}")
  private @Nullable String applicantAddress;

  @Size(max = 200, message = "{disclosure.page.error.tooLong}")
  private @Nullable String applicantOrganization;

  @NotBlank(message = "{disclosure.page.error.description}")
  @Size(max = 4000, message = "{disclosure.page.error.tooLong}")
  private @Nullable String description;

  @Size(max = 1000, message = "{disclosure.page.error.tooLong}")
  private @Nullable String purpose;

  private @Nullable String deliveryMethod;

  public @Nullable String getAgencyCode() {
    return agencyCode;
  }

  public void setAgencyCode(@Nullable String agencyCode) {
    this.agencyCode = agencyCode;
  }

  public @Nullable String getHandlingUnit() {
    return handlingUnit;
  }

  public void setHandlingUnit(@Nullable String handlingUnit) {
    this.handlingUnit = handlingUnit;
  }

  public @Nullable String getChannel() {
    return channel;
  }

  public void setChannel(@Nullable String channel) {
    this.channel = channel;
  }

  public @Nullable String getSubmittedAt() {
    return submittedAt;
  }

  public void setSubmittedAt(@Nullable String submittedAt) {
    this.submittedAt = submittedAt;
  }

  public @Nullable String getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(@Nullable String receivedAt) {
    this.receivedAt = receivedAt;
  }

  public @Nullable String getApplicantType() {
    return applicantType;
  }

  public void setApplicantType(@Nullable String applicantType) {
    this.applicantType = applicantType;
  }

  public @Nullable String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(@Nullable String applicantName) {
    this.applicantName = applicantName;
  }

  public @Nullable String getApplicantIdNumber() {
    return applicantIdNumber;
  }

  public void setApplicantIdNumber(@Nullable String applicantIdNumber) {
    this.applicantIdNumber = blankToNull(applicantIdNumber);
  }

  public @Nullable String getApplicantPhone() {
    return applicantPhone;
  }

  public void setApplicantPhone(@Nullable String applicantPhone) {
    this.applicantPhone = blankToNull(applicantPhone);
  }

  public @Nullable String getApplicantAddress() {
    return applicantAddress;
  }

  public void setApplicantAddress(@Nullable String applicantAddress) {
    this.applicantAddress = applicantAddress;
  }

  public @Nullable String getApplicantOrganization() {
    return applicantOrganization;
  }

  public void setApplicantOrganization(@Nullable String applicantOrganization) {
    this.applicantOrganization = applicantOrganization;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public @Nullable String getPurpose() {
    return purpose;
  }

  public void setPurpose(@Nullable String purpose) {
    this.purpose = purpose;
  }

  public @Nullable String getDeliveryMethod() {
    return deliveryMethod;
  }

  public void setDeliveryMethod(@Nullable String deliveryMethod) {
    this.deliveryMethod = deliveryMethod;
  }
}
