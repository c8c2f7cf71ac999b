package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.AUDITOR;
import static fr.portailfamille.web.PortalTestSupport.AUDITOR_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.PARENT;
import static fr.portailfamille.web.PortalTestSupport.PARENT_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;
import fr.portailfamille.web.enrolment.PageSession;

/** The family page leads staff and auditors to both histories: the dossier's and the complete audit. */
@PortalTest
class FamilyHistoryLinksTest {
    private static final String MARTIN = DemoDataLoader.DEMO_FAMILY_ID;

    @Autowired
    TestRestTemplate rest;

    @Test
    void givenAnAuditor_whenOpeningAFamily_thenBothHistoriesAreLinkedAndTheAuditOneOpens() {
        awaitDemoReady(rest);
        PageSession auditor = PageSession.signIn(rest, AUDITOR, AUDITOR_PASSWORD);

        String page = auditor.get("/familles/" + MARTIN).getBody();

        assertThat(page).contains("href=\"/familles/" + MARTIN + "/historique\">Historique du dossier</a>",
                "href=\"/historique/familles/" + MARTIN + "\">Historique complet (audit)</a>",
                ">Historique complet (audit) de Léa</a>", ">Historique complet (audit) de Hugo</a>");
        assertThat(auditor.get("/historique/familles/" + MARTIN).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void givenASignedInAuditor_whenDownloadingTheCsvOfAHistoryPage_thenItComesWithoutAskingForHttpBasic() {
        awaitDemoReady(rest);
        PageSession auditor = PageSession.signIn(rest, AUDITOR, AUDITOR_PASSWORD);
        String csv = "/historique/enfants/" + DemoDataLoader.LEA + "/export.csv";

        assertThat(auditor.get("/historique/enfants/" + DemoDataLoader.LEA).getBody())
                .contains("href=\"" + csv + "\">Télécharger au format CSV</a>");
        for (String path : List.of(csv, "/historique/familles/" + MARTIN + "/export.csv")) {
            ResponseEntity<String> download = auditor.get(path);
            assertThat(download.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(download.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(download.getBody()).startsWith("horodatage;utilisateur;role;type;activite;date;unite;detail\n")
                    .contains("Inscription validée");
        }
        assertThat(PageSession.signIn(rest, PARENT, PARENT_PASSWORD).get(csv).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenTheParent_whenOpeningMaFamille_thenNoHistoryLink() {
        awaitDemoReady(rest);

        String page = PageSession.signIn(rest, PARENT, PARENT_PASSWORD).get("/ma-famille").getBody();

        assertThat(page).contains("<h1>Ma famille</h1>").doesNotContain("Historique");
    }
}
