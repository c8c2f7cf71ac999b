package fr.portailfamille.domain.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomMatcher;

import fr.portailfamille.api.AuditMetadata;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.Sex;

/** The Dupont family of the family fixtures, and what their tests share. */
final class FamilyFixtures {
    static final String FAMILY = "family-dupont";
    static final String LEA = "child-lea";
    static final ResponsibleAdult CLAIRE = new ResponsibleAdult("Mme", "Claire", "Dupont", "claire@exemple.fr",
            "0601020304");
    static final FamilyCreated CREATED = new FamilyCreated(FAMILY, CLAIRE, 850);
    static final ChildAdded LEA_ADDED = new ChildAdded(FAMILY, LEA, "Léa", "Dupont", LocalDate.of(2017, 5, 3),
            Sex.F);
    static final Map<String, Object> AS_STAFF = Map.of(AuditMetadata.ROLE, "STAFF");
    static final Map<String, Object> AS_PARENT = Map.of(AuditMetadata.ROLE, "PARENT");
    /** Tuesday 1 December 2026, 08:00 in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T07:00:00Z"), ZoneId.of("Europe/Paris"));

    private FamilyFixtures() {
    }

    static AggregateTestFixture<Family> fixture(FamilyKeyStore keys) {
        AggregateTestFixture<Family> fixture = new AggregateTestFixture<>(Family.class);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    static Map<Authorisation, Boolean> allAnswered(boolean answer) {
        Map<Authorisation, Boolean> answers = new EnumMap<>(Authorisation.class);
        for (Authorisation authorisation : Authorisation.values()) {
            answers.put(authorisation, answer);
        }
        return answers;
    }

    static void expectViolation(ResultValidator<Family> result, String code) {
        result.expectException(new CustomMatcher<>("a RuleViolation with code " + code) {
            @Override
            public boolean matches(Object item) {
                return item instanceof RuleViolation violation && violation.code().equals(code);
            }
        }).expectNoEvents();
    }
}
