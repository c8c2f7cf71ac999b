package fr.portailfamille.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

import fr.portailfamille.query.support.ReadModelGroups;

/** The module rules of architecture.md, checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.portailfamille");
    }

    @Test
    void messagesHoldNoLogicDependencies() {
        ArchRule rule = noClasses().that().resideInAPackage("fr.portailfamille.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "fr.portailfamille.domain..", "fr.portailfamille.query..",
                        "fr.portailfamille.web..", "org.axonframework.eventsourcing..",
                        "org.axonframework.config..");
        rule.check(classes);
    }

    @Test
    void domainKnowsNeitherWebNorMongo() {
        ArchRule rule = noClasses().that().resideInAPackage("fr.portailfamille.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "com.mongodb..", "org.bson..", "fr.portailfamille.query..", "fr.portailfamille.web..");
        rule.check(classes);
    }

    @Test
    void readModelsNeverUseTheDomain() {
        ArchRule rule = noClasses().that().resideInAPackage("fr.portailfamille.query..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.portailfamille.domain..",
                        "fr.portailfamille.web..", "org.springframework..");
        rule.check(classes);
    }

    @Test
    void controllersTalkOnlyThroughGateways() {
        ArchRule rule = noClasses().that().resideInAnyPackage("fr.portailfamille.web.api..",
                        "fr.portailfamille.web.pages..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.portailfamille.domain..",
                        "fr.portailfamille.query..", "com.mongodb..", "org.bson..",
                        "org.axonframework.eventsourcing..", "org.axonframework.modelling..");
        rule.check(classes);
    }

    @Test
    void timeComesFromTheOneClock() {
        ArchRule rule = noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every business rule reads time from the Clock bean (Europe/Paris)");
        rule.check(classes);
    }

    @Test
    void everyReadModelRunsOnAReadModelProcessor() {
        ArchRule rule = classes().that().resideInAPackage("fr.portailfamille.query..")
                .and().areAnnotatedWith(ProcessingGroup.class)
                .should(new ArchCondition<JavaClass>("have its processing group among ReadModelGroups.ALL") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String group = type.getAnnotationOfType(ProcessingGroup.class).value();
                        if (!ReadModelGroups.ALL.contains(group)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " runs in group "
                                    + group + ", which no read-model processor takes: add it to ReadModelGroups"));
                        }
                    }
                })
                .because("a read model outside ReadModelGroups would get a processor of its own, outside rebuilds' "
                        + "grouping and the read-your-writes waits");
        rule.check(classes);
    }
}
