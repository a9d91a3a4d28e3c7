package dev.perfsheriff.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ARCHITECTURE.md, checked with ArchUnit on the compiled main classes (ArchUnit
 * is already on the test class path; it needs nothing from the Spring Boot version): no cycles
 * between top-level modules, and a module used by another only through its top-level package or an
 * API sub-package it declares in {@link #API_PACKAGES}.
 */
class ModuleRulesTest {

  static final String BASE = "dev.perfsheriff";

  /**
   * Sub-packages that are a module's API besides its top-level package: the workflow's domain
   * (value types, events and the ports other modules implement), the chat port (what a chat
   * platform implements) with the message and person types its methods take and the rotation (who
   * is on duty when, which the schedule's pings name), Taskcluster's execution (the executor the
   * rounds module drives) and load (the pending counts the chat's warnings and the schedule read).
   */
  static final Set<String> API_PACKAGES =
      Set.of(
          BASE + ".workflow.domain",
          BASE + ".chat.port",
          BASE + ".chat.message",
          BASE + ".chat.identity",
          BASE + ".chat.rotation",
          BASE + ".taskcluster.execution",
          BASE + ".taskcluster.load");

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  static ArchRule noCyclesBetweenModules() {
    return slices().matching(BASE + ".(*)..").should().beFreeOfCycles();
  }

  /** Classes of {@code module} use other modules only through their top-level or API packages. */
  static ArchRule usesOtherModulesOnlyThroughTheirApi(String module) {
    return noClasses()
        .that()
        .resideInAPackage(BASE + "." + module + "..")
        .should()
        .dependOnClassesThat(internalOfAnotherModuleThan(module))
        .allowEmptyShould(true);
  }

  static DescribedPredicate<JavaClass> internalOfAnotherModuleThan(String module) {
    return DescribedPredicate.describe(
        "are internal to another module than " + module,
        target -> {
          String pkg = target.getPackageName();
          if (!pkg.startsWith(BASE + ".")) {
            return false;
          }
          String[] parts = pkg.substring(BASE.length() + 1).split("\\.");
          if (parts[0].equals(module) || parts.length == 1) {
            return false;
          }
          return API_PACKAGES.stream()
              .noneMatch(api -> pkg.equals(api) || pkg.startsWith(api + "."));
        });
  }

  @Test
  void noCyclesBetweenTopLevelModules() {
    noCyclesBetweenModules().check(main);
  }

  @Test
  void modulesAreUsedOnlyThroughTheirTopLevelPackageOrDeclaredApi() {
    for (String module :
        new String[] {
          "workflow",
          "ledger",
          "rounds",
          "taskcluster",
          "perfherder",
          "bugzilla",
          "notes",
          "schedule",
          "ops",
          "http",
          "demo"
        }) {
      usesOtherModulesOnlyThroughTheirApi(module).check(main);
    }
  }

  /** The chat layer translates and renders: no Taskcluster or ledger internals. */
  @Test
  void chatUsesOtherModulesOnlyThroughTheirApi() {
    usesOtherModulesOnlyThroughTheirApi("chat").check(main);
  }
}
