package fr.portailfamille.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.document.FileType;
import fr.portailfamille.api.form.FindPublishedForm;
import fr.portailfamille.api.form.FindPublishedForms;
import fr.portailfamille.api.form.FormPublished;
import fr.portailfamille.api.form.FormWithdrawn;
import fr.portailfamille.api.form.PublishedForm;
import fr.portailfamille.query.support.EmbeddedMongo;

class PublishedFormsProjectionTest {
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private EmbeddedMongo mongo;
    private PublishedFormsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new PublishedFormsProjection(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void givenHistory() {
        projection.on(new FormPublished("forms", "form-sepa", "Mandat de prélèvement SEPA", "file-2", "sepa.pdf",
                FileType.PDF, 300, AT.plusSeconds(60)));
        projection.on(new FormPublished("forms", "form-fiche", "Fiche sanitaire 2026-2027", "file-1", "fiche.pdf",
                FileType.PDF, 200, AT));
        projection.on(new FormPublished("forms", "form-old", "Fiche sanitaire 2025-2026", "file-0", "old.pdf",
                FileType.PDF, 100, AT.minusSeconds(60)));
        projection.on(new FormWithdrawn("forms", "form-old"));
    }

    @Test
    void givenPublishedAndWithdrawnForms_whenListing_thenOnlyThoseOnOfferInPublicationOrder() {
        givenHistory();

        assertThat(projection.handle(new FindPublishedForms())).extracting(PublishedForm::formId)
                .containsExactly("form-fiche", "form-sepa");
        assertThat(projection.handle(new FindPublishedForm("form-sepa"))).contains(new PublishedForm("form-sepa",
                "Mandat de prélèvement SEPA", "file-2", "sepa.pdf", FileType.PDF, 300, AT.plusSeconds(60)));
        assertThat(projection.handle(new FindPublishedForm("form-old"))).isEmpty();
    }

    @Test
    void givenLiveReadModel_whenResetAndReplayed_thenTheSameAnswers() {
        givenHistory();
        var live = projection.handle(new FindPublishedForms());

        projection.reset();
        assertThat(projection.handle(new FindPublishedForms())).isEmpty();
        givenHistory();

        assertThat(projection.handle(new FindPublishedForms())).isEqualTo(live);
    }
}
