package dev.perfsheriff.chat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The chat core stays platform-neutral: outside the adapter sub-packages it uses no platform SDK,
 * HTTP client, JSON mapper or web type, and no adapter package.
 */
class ChatCoreArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.perfsheriff.chat");

  @Test
  void theCoreNamesNoPlatformAndNoTransport() {
    noClasses()
        .that()
        .resideInAPackage("dev.perfsheriff.chat..")
        .and()
        .resideOutsideOfPackages(
            "dev.perfsheriff.chat.slack..",
            "dev.perfsheriff.chat.matrix..",
            "dev.perfsheriff.chat.console..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.perfsheriff.chat.slack..",
            "dev.perfsheriff.chat.matrix..",
            "dev.perfsheriff.chat.console..",
            "com.slack..",
            "okhttp3..",
            "tools.jackson..",
            "com.fasterxml.jackson..",
            "jakarta.servlet..",
            "org.springframework.web..")
        .because("adapters depend on the core, never the reverse")
        .check(MAIN);
  }
}
