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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.reservation.TestFamilies;

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

    private static String cellLabel(Browser browser, String date) {
        for (WebElement td : browser.driver().findElements(By.cssSelector("table.grid tbody tr:first-child td"))) {
            WebElement inner = td.findElement(By.cssSelector(".cell-button, .cell-locked"));
            String label = inner.getAttribute("aria-label");
            if (label.contains(dayName(date))) {
                return label;
            }
        }
        throw new AssertionError("no cell for " + date);
    }

    private static String dayName(String date) {
        return switch (date) {
            case "2026-12-03" -> "jeudi 3 décembre";
            case "2026-12-04" -> "vendredi 4 décembre";
            default -> "lundi 7 décembre";
        };
    }

    @Test
    void givenAParent_whenReservingThreeCellsAndStaffValidateThem_thenTheParentSeesThemSentThenValidated()
            throws Exception {
        awaitDemoReady(rest);
        TestFamilies.TestFamily family = new TestFamilies(commandGateway, queryGateway).create(1, "APS-2026-2027");
        String gridPath = "/reservations/" + family.child() + "/APS?mois=2026-12";

        try (Browser parent = new Browser(port)) {
            try {
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
                parent.screenshot("reservation-parent-sent");
            } catch (AssertionError | RuntimeException e) {
                parent.screenshot("reservation-parent-sent-failure");
                throw e;
            }
        }

        try (Browser staff = new Browser(port)) {
            try {
                staff.login(STAFF, STAFF_PASSWORD);
                staff.driver().findElement(By.linkText("Demandes à valider")).click();
                for (String day : DAYS) {
                    By box = By.cssSelector("input[name='cases'][value='" + family.child() + "|" + UNIT + "']");
                    new WebDriverWait(staff.driver(), Duration.ofSeconds(15)).until(driver -> {
                        driver.get("http://localhost:" + port + "/service/demandes?activite=APS&jour=" + day);
                        return !driver.findElements(box).isEmpty();
                    });
                    staff.driver().findElement(box).click();
                    staff.driver().findElement(By.cssSelector("button[name='decision'][value='VALIDATE']")).click();
                    staff.waitForText(By.cssSelector(".alert-ok"), "validée");
                }
                staff.screenshot("reservation-staff-validated");
            } catch (AssertionError | RuntimeException e) {
                staff.screenshot("reservation-staff-failure");
                throw e;
            }
        }

        try (Browser parent = new Browser(port)) {
            try {
                parent.login(family.email(), TestFamilies.PASSWORD);
                new WebDriverWait(parent.driver(), Duration.ofSeconds(15)).until(driver -> {
                    parent.open(gridPath);
                    return DAYS.stream().allMatch(day -> cellLabel(parent, day).contains("Réservation validée"));
                });
                assertThat(cellLabel(parent, "2026-12-03")).contains("Accueil matin", "Réservation validée");
                parent.screenshot("reservation-parent-validated");
            } catch (AssertionError | RuntimeException e) {
                parent.screenshot("reservation-parent-validated-failure");
                throw e;
            }
        }
    }
}
