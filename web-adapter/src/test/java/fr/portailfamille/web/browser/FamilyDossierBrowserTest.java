package fr.portailfamille.web.browser;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.portailfamille.web.PortalTest;

@PortalTest
class FamilyDossierBrowserTest {
    private static final String PASSWORD = "Notre-maison-bleue-2026";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void givenStaffCreatingAFamily_whenTheParentActivatesConsentsAndAddsAChild_thenTheDossierShowsIt()
            throws Exception {
        awaitDemoReady(rest);
        String email = "camille-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        try (Browser browser = new Browser(port)) {
            WebDriver page = browser.driver();
            try {
                browser.login(STAFF, STAFF_PASSWORD);
                page.findElement(By.linkText("Familles")).click();
                browser.waitForText(By.cssSelector("main h1"), "Familles");
                page.findElement(By.linkText("Créer une famille")).click();
                page.findElement(By.id("lastName")).sendKeys("Bernard");
                page.findElement(By.id("firstName")).sendKeys("Camille");
                page.findElement(By.id("email")).sendKeys(email);
                page.findElement(By.cssSelector("main form button[type=submit]")).click();
                browser.waitForText(By.cssSelector("main h1"), "Lien d'activation");
                String link = page.findElement(By.id("lien")).getAttribute("value");
                assertThat(link).contains("/activation?token=");
                page.findElement(By.cssSelector("form.logout button")).click();
                browser.waitFor(By.id("email"));

                page.get(link);
                browser.waitForText(By.cssSelector("main"), email);
                page.findElement(By.id("password")).sendKeys(PASSWORD);
                page.findElement(By.id("confirmation")).sendKeys(PASSWORD);
                page.findElement(By.cssSelector("main form button[type=submit]")).click();
                browser.waitForText(By.cssSelector("main"), "Votre compte est activé");

                browser.login(email, PASSWORD);
                browser.waitForText(By.cssSelector("main h1"), "Vos autorisations");
                page.findElement(By.cssSelector("input[name=personalData][value=oui]")).click();
                page.findElement(By.cssSelector("input[name=medicalData][value=oui]")).click();
                page.findElement(By.cssSelector("main form button[type=submit]")).click();
                browser.waitForText(By.cssSelector("main h1"), "Ma famille");

                page.findElement(By.id("nouvel-prenom")).sendKeys("Lou");
                page.findElement(By.id("nouvel-nom")).sendKeys("Bernard");
                typeDate(page, page.findElement(By.id("nouvel-naissance")), "2019-03-08");
                page.findElement(By.cssSelector("#ajout-titre + form input[name=sex][value=F]")).click();
                page.findElement(By.cssSelector("#ajout-titre + form button[type=submit]")).click();
                browser.waitForText(By.cssSelector(".child-name"), "BERNARD Lou");

                WebElement child = page.findElement(By.cssSelector("section.child"));
                child.findElement(By.cssSelector("input[name=OUTINGS][value=oui]")).click();
                for (String authorisation : new String[] {"IMAGE_PUBLICATION", "CAF_CONSULTATION",
                        "EMERGENCY_MEDICAL_CARE", "GO_HOME_ALONE", "SCHOOL_TRANSPORT", "MULTISPORT"}) {
                    child.findElement(By.cssSelector("input[name=" + authorisation + "][value=non]")).click();
                }
                child.findElement(By.cssSelector("form.authorisations button[type=submit]")).click();
                browser.waitForText(By.cssSelector(".alert-ok"), "Vos modifications sont enregistrées");
                assertThat(page.findElement(By.cssSelector("section.child input[name=OUTINGS][value=oui]"))
                        .isSelected()).isTrue();
                assertThat(page.findElement(By.id("contenu")).getText()).contains("Née le", "08/03/2019",
                        "Autorisations", "Personnes autorisées", "Dossier médical", "Imprimer ces informations");
                browser.screenshot("famille-nouveau-parent");

                page.findElement(By.linkText("Mes coordonnées")).click();
                browser.waitForText(By.cssSelector("main h1"), "Mes coordonnées");
                assertThat(page.findElement(By.id("contenu")).getText())
                        .contains("La modification du mail doit se faire directement à la structure");
                assertThat(page.findElement(By.id("email1")).getAttribute("value")).isEqualTo(email);

            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("famille-nouveau-parent-echec");
                throw e;
            }
        }
    }

    /** Date inputs take the keys of the browser's locale; setting the value is the same everywhere. */
    private static void typeDate(WebDriver page, WebElement input, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];", input,
                isoDate);
    }
}
