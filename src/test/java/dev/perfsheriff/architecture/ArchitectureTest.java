package dev.perfsheriff.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the house from ARCHITECTURE.md, checked on the compiled main classes. */
class ArchitectureTest {

  private static final String[] FRAMEWORKS = {
    "org.springframework..",
    "java.sql..",
    "javax.sql..",
    "okhttp3..",
    "com.fasterxml.jackson..",
    "tools.jackson..",
    "com.slack..",
    "org.quartz..",
    "jakarta..",
    "org.slf4j.."
  };

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.perfsheriff");
  }

  @Test
  void workflowDomainIsPlainJava() {
    pureCore("..workflow.domain..").check(main);
  }

  @Test
  void ledgerDomainIsPlainJava() {
    pureCore("..ledger.domain..").check(main);
  }

  @Test
  void sharedValueTypesUseOnlyTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("dev.perfsheriff.shared..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.perfsheriff.shared..", "java..")
        .allowEmptyShould(true)
        .check(main);
  }

  @Test
  void domainsDependOnlyOnThemselvesSharedAndTheJdk() {
    for (String module : new String[] {"workflow", "ledger"}) {
      noClasses()
          .that()
          .resideInAPackage("dev.perfsheriff." + module + ".domain..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "dev.perfsheriff." + module + ".domain..", "dev.perfsheriff.shared..", "java..")
          .allowEmptyShould(true)
          .check(main);
    }
  }

  @Test
  void slackStaysInItsPackage() {
    platformStaysHome("slack", "com.slack..").check(main);
  }

  @Test
  void matrixStaysInItsPackage() {
    platformStaysHome("matrix", "dev.perfsheriff.chat.matrix..").check(main);
  }

  @Test
  void consoleStaysInItsPackage() {
    platformStaysHome("console", "dev.perfsheriff.chat.console..").check(main);
  }

  @Test
  void configurationComesOnlyFromPropertiesRecords() {
    noClasses()
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
        .check(main);
  }

  private static ArchRule pureCore(String domainPackage) {
    return noClasses()
        .that()
        .resideInAPackage(domainPackage)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .allowEmptyShould(true)
        .because("the core is plain Java, tested without frameworks or I/O");
  }

  private static ArchRule platformStaysHome(String platform, String platformTypes) {
    return noClasses()
        .that()
        .resideOutsideOfPackage("dev.perfsheriff.chat." + platform + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.perfsheriff.chat." + platform + "..", platformTypes)
        .because("no chat platform is named outside its own package");
  }
}
