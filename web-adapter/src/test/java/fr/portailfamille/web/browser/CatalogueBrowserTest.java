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
class CatalogueBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void givenAParent_whenSigningInAndOpeningTheActivities_thenUnitsAndTariffsAreShownInFrench() throws Exception {
        awaitDemoReady(rest);
        try (Browser browser = new Browser(port)) {
            try {
                browser.login(PARENT, PARENT_PASSWORD);
                assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText())
                        .contains("Bienvenue");
                browser.driver().findElement(By.linkText("Activités proposées")).click();
                browser.waitForText(By.cssSelector("main h1"), "Activités proposées");
                String page = browser.driver().findElement(By.id("contenu")).getText();
                assertThat(page).contains("Accueil périscolaire", "Restaurant scolaire", "Accueil mercredi",
                        "ALSH vacances", "Petit déjeuner", "2,80 €", "13,00 €", "la veille ouvrée");
                browser.screenshot("catalogue-parent");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("catalogue-parent-failure");
                throw e;
            }
        }
    }

    @Test
    void givenWrongCredentials_whenSigningIn_thenAFrenchErrorIsShown() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/connexion");
            browser.driver().findElement(By.id("email")).sendKeys(PARENT);
            browser.driver().findElement(By.id("password")).sendKeys("mauvais-mot-de-passe");
            browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
            browser.waitFor(By.cssSelector(".alert-error"));
            assertThat(browser.driver().findElement(By.cssSelector(".alert-error")).getText())
                    .contains("Identifiant ou mot de passe incorrect");
        }
    }
}
