package org.gongkai.supervision.rest;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.gongkai.organization.Organization;
import org.gongkai.supervision.DigestDocument;
import org.gongkai.supervision.WeeklyDigest;
import org.gongkai.supervision.WeeklyDigests;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaders' weekly digest (周报) as JSON and as a DOCX file. */
@RestController
@RequestMapping("/api/digests/weekly")
@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
class DigestController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final WeeklyDigests digests;
  private final Organization organization;

  DigestController(WeeklyDigests digests, Organization organization) {
    this.digests = digests;
    this.organization = organization;
  }

  @GetMapping("/{isoWeek}")
  WeeklyDigest digest(
      @PathVariable String isoWeek,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(required = false) @Nullable Boolean includeSubordinates,
      Principal user) {
    return digests.digest(isoWeek, agency(agencyCode, user), includeSubordinates, user.getName());
  }

  @GetMapping("/{isoWeek}.docx")
  ResponseEntity<byte[]> docx(
      @PathVariable String isoWeek,
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(required = false) @Nullable Boolean includeSubordinates,
      Principal user) {
    WeeklyDigest digest =
        digests.digest(isoWeek, agency(agencyCode, user), includeSubordinates, user.getName());
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "周报-" + digest.agencyName() + "-" + digest.week() + ".docx",
                    StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(DigestDocument.docx(digest));
  }

  private String agency(@Nullable String agencyCode, Principal user) {
    return agencyCode == null || agencyCode.isBlank()
        ? organization.member(user.getName()).agencyCode()
        : agencyCode.strip();
  }
}
