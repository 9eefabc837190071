package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Gongkai", sharedModules = "platform")
@SpringBootApplication
public class GongkaiApplication {

  public static void main(String[] args) {
    SpringApplication.run(GongkaiApplication.class, args);
  }
}
