package fr.portailfamille.web.browser;

import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.enrolment.WithTestFamily;

@PortalTest
class EnrolmentBrowserTest extends WithTestFamily {
    @LocalServerPort
    int port;

    @Override
    protected String childFirstName() {
        return "Jade";
    }

    @Test
    void givenAParent_whenRequestingAnEnrolmentThroughTheCascade_thenStaffValidateItInTheirQueue()
            throws Exception {
        try (Browser browser = new Browser(port)) {
            try {
                browser.login(family.email(), TestFamilies.PASSWORD);
                browser.driver().findElement(By.linkText("Mes inscriptions")).click();
                browser.waitForText(By.cssSelector("main h1"), "Mes inscriptions");
                browser.driver().findElement(By.linkText("Nouvelle inscription")).click();
                choose(browser, "enfant", "Jade Durand");
                choose(browser, "type", "Périscolaire");
                assertThat(new Select(browser.driver().findElement(By.id("activite"))).getOptions())
                        .extracting(WebElement::getText)
                        .containsExactly("-- sélectionner --", "Accueil périscolaire", "Accueil mercredi");
                choose(browser, "activite", "Accueil mercredi");
                browser.waitForText(By.id("periode-aide"), "Période d'inscription du 01/06/2026");
                assertThat(new Select(browser.driver().findElement(By.id("periode"))).getFirstSelectedOption()
                        .getText()).isEqualTo("Accueil mercredi 2026-2027");
                assertThat(new Select(browser.driver().findElement(By.id("enfant"))).getFirstSelectedOption()
                        .getText()).isEqualTo("Jade Durand");
                browser.driver().findElement(By.cssSelector("#cascade button[type=submit]")).click();
                browser.waitForText(By.cssSelector("main"), "La demande d'inscription a bien été enregistrée");
                browser.screenshot("enrolment-requested");

                browser.driver().findElement(By.cssSelector(".logout button")).click();
                browser.login(STAFF, STAFF_PASSWORD);
                browser.driver().findElement(By.linkText("Inscriptions à valider")).click();
                // the queue is a read model: it shows the request once the projection has caught up
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
                    driver.navigate().refresh();
                    return driver.findElement(By.id("contenu")).getText().contains("Jade Durand");
                });
                WebElement request = browser.driver().findElements(By.cssSelector("article.queue-item")).stream()
                        .filter(item -> item.getText().contains("Jade Durand")).findFirst().orElseThrow();
                assertThat(request.getText()).contains("Accueil mercredi", "Fiche sanitaire de liaison : À fournir");
                request.findElement(By.xpath(".//button[normalize-space()=\"Valider l’inscription\"]")).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                        .textToBePresentInElement(request, "Inscription validée."));
                browser.screenshot("enrolment-validated");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("enrolment-failure");
                throw e;
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> parent().getForObject("/api/children/"
                + family.childId() + "/enrolments", JsonNode.class).findValuesAsText("status").contains("VALIDATED"));
    }

    /** Picks an option the way a person does; htmx then replaces the form with the narrowed choices. */
    private static void choose(Browser browser, String selectId, String label) {
        WebElement select = browser.driver().findElement(By.id(selectId));
        new Select(select).selectByVisibleText(label);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(select));
    }
}
