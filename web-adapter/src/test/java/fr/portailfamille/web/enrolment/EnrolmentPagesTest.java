package fr.portailfamille.web.enrolment;

import static fr.portailfamille.web.PortalTestSupport.*;
import static fr.portailfamille.web.enrolment.DocumentApiTest.HOSTILE_NAME;
import static fr.portailfamille.web.enrolment.DocumentApiTest.PDF;
import static fr.portailfamille.web.enrolment.DocumentApiTest.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;
import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;

/** The pages over HTTP: what they show, escaped, and who may open them. */
@PortalTest
class EnrolmentPagesTest extends WithTestFamily {
    @Override
    protected String childFirstName() {
        return "Zoé";
    }

    private PageSession signedInParent() {
        return PageSession.signIn(rest, family.email(), TestFamilies.PASSWORD);
    }

    @Test
    void givenAHostileFileName_whenTheParentOpensMesDocuments_thenTheNameIsShownEscaped() {
        ResponseEntity<JsonNode> sent = parent().postForEntity("/api/families/" + family.familyId() + "/documents",
                multipart(Map.of("kind", "FICHE_SANITAIRE"), HOSTILE_NAME, PDF), JsonNode.class);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        PageSession parent = signedInParent();

        await().atMost(Duration.ofSeconds(10)).until(() -> parent.get("/documents").getBody()
                .contains("Envoyé, en attente de vérification"));
        String page = parent.get("/documents").getBody();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(page).contains("Documents obligatoires à fournir pour 2026-2027", "Mes documents");
    }

    @Test
    void givenTheDocumentsForm_whenTheParentSendsAFileOrOneTooLarge_thenSentOrAFrench413() {
        PageSession parent = signedInParent();
        parent.get("/documents");
        String action = "/documents?_csrf=" + parent.csrf();

        ResponseEntity<String> sent = parent.post(action, upload("ASSURANCE_INDIVIDUELLE_ACCIDENT", PDF),
                MediaType.MULTIPART_FORM_DATA);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(parent.get(sent.getHeaders().getLocation().toString()).getBody())
                .contains("Le document a bien été envoyé au service enfance.");

        ResponseEntity<String> tooLarge = parent.post(action, upload("ASSURANCE_INDIVIDUELLE_ACCIDENT",
                Arrays.copyOf(PDF, 5 * 1024 * 1024 + 10)), MediaType.MULTIPART_FORM_DATA);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getBody()).contains("Le fichier est trop volumineux.");
    }

    @Test
    void givenNouvelleInscription_whenATypeIsChosen_thenOnlyItsActivitiesAndTheirPeriodsAreOffered() {
        String page = signedInParent().get("/inscriptions/nouvelle?type=RESTAURATION").getBody();

        assertThat(page).contains("Choix du Service", "Choix du Type d'activité", "Restaurant scolaire 2026-2027",
                "Période d'inscription du <span>01/06/2026</span>", "Zoé Durand");
        assertThat(page).doesNotContain("APS 2026-2027", "ALSH vacances 2026-2027");
    }

    @Test
    void givenAParent_whenRequestingThroughThePage_thenConfirmedAndAtOnceListedAsPending() {
        PageSession parent = signedInParent();
        parent.get("/inscriptions/nouvelle");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("enfant", family.childId());
        form.add("periode", "ALSH-2026-2027");

        ResponseEntity<String> sent = parent.post("/inscriptions/nouvelle", form,
                MediaType.APPLICATION_FORM_URLENCODED);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(parent.get(sent.getHeaders().getLocation().toString()).getBody())
                .contains("La demande d'inscription a bien été enregistrée", "ALSH vacances 2026-2027");
        assertThat(parent.get("/inscriptions").getBody()).contains("Inscription en attente de validation");
        parent.get("/inscriptions/nouvelle");
        form.remove("_csrf");
        ResponseEntity<String> again = parent.post("/inscriptions/nouvelle", form,
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("déjà inscrit ou en attente");
    }

    @Test
    void givenAParent_whenOpeningStaffPagesOrAnotherFamily_thenRefused() {
        PageSession parent = signedInParent();

        assertThat(parent.get("/personnel/inscriptions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(parent.get("/inscriptions?famille=" + DemoDataLoader.DEMO_FAMILY_ID).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(parent.get("/documents?famille=" + DemoDataLoader.DEMO_FAMILY_ID).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        PageSession staff = PageSession.signIn(rest, STAFF, STAFF_PASSWORD);
        assertThat(staff.get("/personnel/inscriptions").getBody()).contains("<h1>Inscriptions à valider</h1>");
        assertThat(staff.get("/personnel/documents").getBody()).contains("Formulaires proposés aux familles",
                "Proposer un formulaire");
        assertThat(staff.get("/inscriptions?famille=" + DemoDataLoader.DEMO_FAMILY_ID).getBody())
                .contains("Léa Martin", "Inscription validée", "Faire une demande d'attestation d'inscription");
    }

    @Test
    void givenAPendingRequest_whenStaffOpenTheQueue_thenTheFamilyIsShownByParent1sNameWithALinkToItsDossier() {
        TestFamily other = new TestFamilies(commands, queries).create("Lambert", 700, List.of("Yanis"));
        commands.sendAndWait(new RequestEnrolment(EnrolmentId.of(other.childId(), "APS-2026-2027").value(),
                other.childId(), other.familyId(), "APS-2026-2027"));
        PageSession staff = PageSession.signIn(rest, STAFF, STAFF_PASSWORD);

        await().atMost(Duration.ofSeconds(10)).until(() -> staff.get("/personnel/inscriptions").getBody()
                .contains("Yanis Lambert"));
        String page = staff.get("/personnel/inscriptions").getBody();

        String row = page.substring(page.indexOf("Yanis Lambert"));
        assertThat(row.substring(0, row.indexOf("</article>"))).contains("Famille de <a href=\"/familles/"
                + other.familyId() + "\">Mme Camille Lambert</a>");
    }

    private static MultiValueMap<String, Object> upload(String kind, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("document", kind);
        form.add("annee", "2026-2027");
        form.add("fichier", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "attestation.pdf";
            }
        });
        return form;
    }
}
