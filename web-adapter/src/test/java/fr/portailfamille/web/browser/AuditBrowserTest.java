package fr.portailfamille.web.browser;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.portailfamille.web.PortalTest;

@PortalTest
class AuditBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void givenAnAuditor_whenOpeningAFamilyHistory_thenEventsAreListedInFrenchWithTheirActor() throws Exception {
        awaitDemoReady(rest);
        try (Browser browser = new Browser(port)) {
            try {
                browser.login(AUDITOR, AUDITOR_PASSWORD);
                browser.open("/historique/familles/family-demo-martin");
                browser.waitForText(By.cssSelector("main h1"), "Historique");
                String page = browser.driver().findElement(By.id("contenu")).getText();
                assertThat(page).contains("Dossier famille créé", "Enfant ajouté au dossier",
                        "Inscription validée", "service enfance", "Télécharger au format CSV", "système",
                        "Restaurant scolaire");
                assertThat(page).doesNotContain("{bcrypt}", "account:", "system (");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("audit-history-failure");
                throw e;
            }
        }
    }

    @Test
    void givenAParent_whenOpeningAHistoryPage_thenAccessIsRefusedInFrench() throws Exception {
        awaitDemoReady(rest);
        try (Browser browser = new Browser(port)) {
            browser.login(PARENT, PARENT_PASSWORD);
            browser.open("/historique/familles/family-demo-martin");
            browser.waitForText(By.cssSelector("main h1"), "Accès refusé");
        }
    }
}
