package fr.portailfamille.domain.document;

import static fr.portailfamille.domain.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.document.FileType;
import fr.portailfamille.api.form.FormPublished;
import fr.portailfamille.api.form.FormWithdrawn;
import fr.portailfamille.api.form.PublishForm;
import fr.portailfamille.api.form.WithdrawForm;

class FormLibraryTest {
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final String LIBRARY = "forms";
    private static final FormPublished PUBLISHED = new FormPublished(LIBRARY, "form-1",
            "Fiche sanitaire 2026-2027", "file-1", "Fichesanitaire 2026-2027.pdf", FileType.PDF, 2048, NOW);

    private AggregateTestFixture<FormLibrary> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FormLibrary.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
    }

    private static PublishForm publish(String title) {
        return new PublishForm(LIBRARY, "form-1", title, "file-1", "Fichesanitaire 2026-2027.pdf", FileType.PDF,
                2048);
    }

    @Test
    void givenNothing_whenStaffPublishAForm_thenFormPublishedWithTheTrimmedTitle() {
        fixture.givenNoPriorActivity()
                .when(publish(" Fiche sanitaire 2026-2027 "))
                .expectEvents(PUBLISHED);
    }

    @Test
    void givenAPublishedForm_whenPublishedAgainAlike_thenNothingIsRecorded() {
        fixture.given(PUBLISHED)
                .when(publish("Fiche sanitaire 2026-2027 "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAPublishedForm_whenItsIdIsReusedForAnotherForm_thenMalformed() {
        fixture.given(PUBLISHED)
                .when(publish("Mandat SEPA"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNothing_whenTheTitleIsMissing_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(publish(" "))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenNothing_whenTheLibraryIsUnknown_thenMalformed() {
        fixture.givenNoPriorActivity()
                .when(new PublishForm("library-2", "form-1", "Titre", "file-1", "a.pdf", FileType.PDF, 1))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void givenAPublishedForm_whenWithdrawn_thenFormWithdrawn() {
        fixture.given(PUBLISHED)
                .when(new WithdrawForm(LIBRARY, "form-1"))
                .expectEvents(new FormWithdrawn(LIBRARY, "form-1"));
    }

    @Test
    void givenAWithdrawnForm_whenWithdrawnAgain_thenNothingIsRecorded() {
        fixture.given(PUBLISHED, new FormWithdrawn(LIBRARY, "form-1"))
                .when(new WithdrawForm(LIBRARY, "form-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAPublishedForm_whenAnUnknownFormIsWithdrawn_thenUnknownForm() {
        fixture.given(PUBLISHED)
                .when(new WithdrawForm(LIBRARY, "form-9"))
                .expectException(violation("UNKNOWN_FORM"));
    }
}
