package fr.portailfamille.web.browser;

import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;

/**
 * What parents and staff do most: a parent marks three cells, confirms « Oui », sees them sent; staff validate them
 * on « Demandes à valider »; the parent sees them validated.
 */
@PortalTest
class ReservationBrowserTest {
    private static final List<String> DAYS = List.of("2026-12-03", "2026-12-04", "2026-12-07");
    private static final String UNIT = "APS_MATIN";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;

    /** The cell's spoken label: its day, unit and state as the legend says it. */
    private static String cellLabel(Browser browser, String date) {
        return browser.driver().findElement(By.cssSelector("table.grid [data-date='" + date + "'][data-unit='" + UNIT
                + "']")).getAttribute("aria-label");
    }

    /** One person's part of the story, in a browser of their own, with a picture of the page at the end. */
    private interface Part {
        void play(Browser browser) throws Exception;
    }

    private void inBrowser(String picture, Part part) throws Exception {
        try (Browser browser = new Browser(port)) {
            try {
                part.play(browser);
                browser.screenshot(picture);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot(picture + "-failure");
                throw e;
            }
        }
    }

    @Test
    void givenAParent_whenReservingThreeCellsAndStaffValidateThem_thenTheParentSeesThemSentThenValidated()
            throws Exception {
        awaitDemoReady(rest);
        TestFamilies.TestFamily family = new TestFamilies(commandGateway, queryGateway).create(1, "APS-2026-2027");

        inBrowser("reservation-parent-sent", parent -> {
            parent.login(family.email(), TestFamilies.PASSWORD);
            parent.driver().findElement(By.linkText("Mes réservations")).click();
            parent.driver().findElement(By.linkText("Dates de réservations")).click();
            parent.waitFor(By.cssSelector("table.grid"));
            for (String day : DAYS) {
                parent.driver().findElement(By.cssSelector("button[data-date='" + day + "'][data-unit='" + UNIT
                        + "']")).click();
            }
            assertThat(parent.driver().findElement(By.id("confirmation")).isDisplayed()).isFalse();
            parent.driver().findElement(By.id("valider")).click();
            assertThat(parent.driver().findElement(By.id("confirmation")).getText())
                    .contains("Valider vos modifications ?", "3 cases modifiées");
            parent.driver().findElement(By.id("oui")).click();
            parent.waitFor(By.id("resultats"));
            assertThat(parent.driver().findElement(By.id("resultats")).getText())
                    .contains("jeudi 3 décembre", "Accueil matin", "demande de réservation envoyée");
            for (String day : DAYS) {
                assertThat(cellLabel(parent, day)).contains("Demande de réservation envoyée");
            }
        });

        inBrowser("reservation-staff-validated", staff -> {
            staff.login(STAFF, STAFF_PASSWORD);
            staff.driver().findElement(By.linkText("Demandes à valider")).click();
            By box = By.cssSelector("input[name='cases'][value='" + family.childId() + "|" + UNIT + "']");
            for (String day : DAYS) {
                new WebDriverWait(staff.driver(), Duration.ofSeconds(15)).until(driver -> {
                    staff.open("/service/demandes?activite=APS&jour=" + day);
                    return !driver.findElements(box).isEmpty();
                });
                staff.driver().findElement(box).click();
                staff.driver().findElement(By.cssSelector("button[name='decision'][value='VALIDATE']")).click();
                staff.waitForText(By.cssSelector(".alert-ok"), "validée");
                assertThat(staff.driver().findElements(box)).as("decided, no longer listed").isEmpty();
            }
        });

        inBrowser("reservation-parent-validated", parent -> {
            parent.login(family.email(), TestFamilies.PASSWORD);
            new WebDriverWait(parent.driver(), Duration.ofSeconds(15)).until(driver -> {
                parent.open("/reservations/" + family.childId() + "/APS?mois=2026-12");
                return DAYS.stream().allMatch(day -> cellLabel(parent, day).contains("Réservation validée"));
            });
            assertThat(cellLabel(parent, "2026-12-03")).contains("Accueil matin", "Réservation validée");
        });
    }
}
