package org.gongkai.disclosure.web;

import org.jspecify.annotations.Nullable;

/**
 * The fields of every step form, as typed; each {@link Step} reads the ones it shows and checks
 * them, so that a rejected form comes back with what was typed.
 */
public class StepForm {

  private @Nullable String outcome;

  private @Nullable String note;

  private @Nullable String approved;

  private @Nullable String comment;

  private @Nullable String workingDays;

  private @Nullable String reason;

  private @Nullable String items;

  private @Nullable String correctionDeadline;

  private @Nullable String party;

  private @Nullable String basis;

  private @Nullable String quantity;

  private @Nullable String amountYuan;

  private @Nullable String method;

  private @Nullable String at;

  public @Nullable String getOutcome() {
    return outcome;
  }

  public void setOutcome(@Nullable String outcome) {
    this.outcome = outcome;
  }

  public @Nullable String getNote() {
    return note;
  }

  public void setNote(@Nullable String note) {
    this.note = note;
  }

  public @Nullable String getApproved() {
    return approved;
  }

  public void setApproved(@Nullable String approved) {
    this.approved = approved;
  }

  public @Nullable String getComment() {
    return comment;
  }

  public void setComment(@Nullable String comment) {
    this.comment = comment;
  }

  public @Nullable String getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(@Nullable String workingDays) {
    this.workingDays = workingDays;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  public @Nullable String getItems() {
    return items;
  }

  public void setItems(@Nullable String items) {
    this.items = items;
  }

  public @Nullable String getCorrectionDeadline() {
    return correctionDeadline;
  }

  public void setCorrectionDeadline(@Nullable String correctionDeadline) {
    this.correctionDeadline = correctionDeadline;
  }

  public @Nullable String getParty() {
    return party;
  }

  public void setParty(@Nullable String party) {
    this.party = party;
  }

  public @Nullable String getBasis() {
    return basis;
  }

  public void setBasis(@Nullable String basis) {
    this.basis = basis;
  }

  public @Nullable String getQuantity() {
    return quantity;
  }

  public void setQuantity(@Nullable String quantity) {
    this.quantity = quantity;
  }

  public @Nullable String getAmountYuan() {
    return amountYuan;
  }

  public void setAmountYuan(@Nullable String amountYuan) {
    this.amountYuan = amountYuan;
  }

  public @Nullable String getMethod() {
    return method;
  }

  public void setMethod(@Nullable String method) {
    this.method = method;
  }

  public @Nullable String getAt() {
    return at;
  }

  public void setAt(@Nullable String at) {
    this.at = at;
  }
}
