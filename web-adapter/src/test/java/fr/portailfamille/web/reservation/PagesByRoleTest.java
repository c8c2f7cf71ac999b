package fr.portailfamille.web.reservation;

import static fr.portailfamille.web.PortalTestSupport.AUDITOR;
import static fr.portailfamille.web.PortalTestSupport.AUDITOR_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.PARENT;
import static fr.portailfamille.web.PortalTestSupport.PARENT_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;
import fr.portailfamille.web.enrolment.PageSession;

/**
 * Pages speak to whoever reads them: the grid gives its tools to those who may change reservations, an auditor only
 * reads it; staff and auditors read a family's pages, not « mes » pages.
 */
@PortalTest
class PagesByRoleTest {
    private static final String GRID = "/reservations/" + DemoDataLoader.LEA + "/RS?mois=2026-12";
    private static final String[] TOOLS = {"name=\"outil\"", "id=\"valider\"", "id=\"confirmation\"",
            "Réservez selon une semaine type", "/js/grille.js"};

    @Autowired
    TestRestTemplate rest;

    @Test
    void givenAnAuditor_whenOpeningAGrid_thenNoToolToChangeItAndSaidSo() {
        awaitDemoReady(rest);

        String page = PageSession.signIn(rest, AUDITOR, AUDITOR_PASSWORD).get(GRID).getBody();

        assertThat(page).contains("Consultation seule", "Réservations – Restaurant scolaire, décembre 2026")
                .doesNotContain(TOOLS);
    }

    @Test
    void givenAnAuditor_whenOpeningAFamilysPages_thenTheyAreTheFamilysNotMine() {
        awaitDemoReady(rest);
        PageSession auditor = PageSession.signIn(rest, AUDITOR, AUDITOR_PASSWORD);
        String family = "/familles/" + DemoDataLoader.DEMO_FAMILY_ID;

        assertThat(auditor.get(family).getBody()).contains("Dossier de la famille").doesNotContain("Ma famille");
        assertThat(auditor.get(family + "/coordonnees").getBody()).contains("<h1>Coordonnées de la famille</h1>")
                .doesNotContain("Mes coordonnées");
    }

    @Test
    void givenTheParent_whenOpeningTheGrid_thenTheTools() {
        awaitDemoReady(rest);

        String page = PageSession.signIn(rest, PARENT, PARENT_PASSWORD).get(GRID).getBody();

        assertThat(page).contains(TOOLS).doesNotContain("Consultation seule");
    }
}
