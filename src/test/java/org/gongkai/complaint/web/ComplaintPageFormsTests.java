package org.gongkai.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.gongkai.complaint.Urgency;
import org.gongkai.complaint.web.ComplaintPageForms.ExtensionPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.FollowUpPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.IntakePageForm;
import org.gongkai.platform.web.FormValues;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The complaint forms read their values with the complaint pages' own messages. */
class ComplaintPageFormsTests {

  @Test
  void everyMessageOfTheComplaintPagesIsInTheBundle() throws IOException {
    Properties bundle = bundle();
    FormValues.Messages codes = ComplaintPageForms.MESSAGES;
    assertThat(
            Stream.of(
                codes.required(),
                codes.tooLong(),
                codes.date(),
                codes.moment(),
                codes.choice(),
                codes.number(),
                codes.range(),
                codes.refused()))
        .allMatch(bundle::containsKey);
    assertThat(bundle.getProperty(codes.moment())).startsWith("时间格式不正确，请按“2026-05-06 10:12”的格式填写");
  }

  @Test
  void extensionDaysOutsideOneToTwentyGetTheirOwnMessage() {
    for (String days : new String[] {"0", "21", "三"}) {
      BeanPropertyBindingResult errors = errors(new ExtensionPageForm(days, "材料多", null));
      new ExtensionPageForm(days, "材料多", null)
          .command(Step.EXTENSION, ComplaintPageForms.values(errors));
      assertThat(errors.getFieldError("workingDays").getCode())
          .isEqualTo("complaint.page.error.workingDaysRange");
    }
  }

  @Test
  void aReachedCitizenMustBeRated() {
    FollowUpPageForm form = new FollowUpPageForm("true", " ", null, null);
    BeanPropertyBindingResult errors = errors(form);
    form.command(Step.FOLLOW_UP, ComplaintPageForms.values(errors));
    assertThat(errors.getFieldError("rating").getCode()).isEqualTo("complaint.page.error.rating");

    FollowUpPageForm notReached = new FollowUpPageForm("false", null, null, null);
    BeanPropertyBindingResult none = errors(notReached);
    notReached.command(Step.FOLLOW_UP, ComplaintPageForms.values(none));
    assertThat(none.hasErrors()).isFalse();
  }

  @Test
  void anIntakeWithoutUrgencyIsNormalAndABadTimeIsRejected() {
    IntakePageForm form =
        new IntakePageForm(
            "A1",
            "PHONE",
            "2026-05-06 10:12",
            "CONSULTATION",
            "",
            null,
            "路灯",
            "张三",
            null,
            null,
            null);
    assertThat(form.read(ComplaintPageForms.values(errors(form))).urgency())
        .isEqualTo(Urgency.NORMAL);

    IntakePageForm late =
        new IntakePageForm(
            "A1", "PHONE", "昨天上午", "CONSULTATION", null, null, "路灯", "张三", null, null, null);
    BeanPropertyBindingResult errors = errors(late);
    assertThat(late.read(ComplaintPageForms.values(errors))).isNull();
    assertThat(errors.getFieldError("receivedAt").getCode())
        .isEqualTo("complaint.page.error.dateTime");
  }

  private static BeanPropertyBindingResult errors(Object form) {
    return new BeanPropertyBindingResult(form, "form");
  }

  static Properties bundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        ComplaintPageFormsTests.class.getResourceAsStream("/messages_zh_CN.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }
}
