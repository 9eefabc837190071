package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.platform.ProblemException;
import org.junit.jupiter.api.Test;

/** What a staff e-mail address may be, and how it is written where it must not be read. */
class EmailAddressesTests {

  @Test
  void anAddressIsStrippedAndItsDomainLowerCasedAndBlankIsNone() {
    assertThat(EmailAddresses.normalized(" Li.Na@Finance.GOV.cn "))
        .isEqualTo("Li.Na@finance.gov.cn");
    assertThat(EmailAddresses.normalized("li+digest@county-1.gov.cn"))
        .isEqualTo("li+digest@county-1.gov.cn");
    assertThat(EmailAddresses.normalized("  ")).isNull();
    assertThat(EmailAddresses.normalized(null)).isNull();
  }

  @Test
  void refusesWhatIsNotAPlainAddressNamingTheFieldInChinese() {
    for (String malformed :
        new String[] {"li.na", "li na@gov.cn", "li.na@localhost", "li..na@gov.cn", "@gov.cn"}) {
      assertThatThrownBy(() -> EmailAddresses.normalized(malformed))
          .as(malformed)
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> assertThat(problem.getMessage()).contains("电子邮箱地址格式不正确"));
    }
  }

  @Test
  void masksEveryAddressInATextToItsFirstCharacterAndDomain() {
    assertThat(
            EmailAddresses.masked(
                "550 5.1.1 <li.na@finance.gov.cn>: unknown; also wang@county.gov.cn refused"))
        .isEqualTo("550 5.1.1 <l***@finance.gov.cn>: unknown; also w***@county.gov.cn refused");
    assertThat(EmailAddresses.masked("Connection refused")).isEqualTo("Connection refused");
  }
}
