package org.gongkai.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file handed to the browser as a download under a (possibly Chinese) file name. */
public final class FileDownloads {

  private FileDownloads() {}

  /** 200 with the file as an attachment, its name encoded for any browser (RFC 6266). */
  public static ResponseEntity<byte[]> attachment(
      String contentType, String fileName, byte[] content) {
    ContentDisposition disposition =
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(content);
  }
}
