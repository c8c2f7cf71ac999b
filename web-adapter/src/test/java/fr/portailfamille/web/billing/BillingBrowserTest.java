package fr.portailfamille.web.billing;

import java.util.List;
import static fr.portailfamille.web.PortalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;
import fr.portailfamille.web.browser.Browser;

/** What staff and families do most with billing: close a month after a confirmation, then read the invoice. */
@PortalTest
class BillingBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;

    @Test
    void givenAugustMeals_whenStaffCloseTheMonthAndTheParentOpensMesFactures_thenTheInvoiceLinksEachDayToTheGrid()
            throws Exception {
        awaitDemoReady(rest);
        TestFamily family = new TestFamilies(commands, queries).create("Navigateur", 850, List.of("Louis"));
        SlotEventsStandIn slots = new SlotEventsStandIn(events);
        slots.validated(family.childId(), "ALSH", "ALSH_JOUR", LocalDate.of(2026, 8, 3));
        slots.attendance(family.childId(), "ALSH", "ALSH_REPAS", LocalDate.of(2026, 8, 3), AttendanceStatus.PRESENT,
                false);
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth(STAFF, STAFF_PASSWORD).getForObject(
                "/api/staff/billing/2026-08/preview", String.class).contains(family.familyId()));

        try (Browser browser = new Browser(port)) {
            try {
                browser.login(STAFF, STAFF_PASSWORD);
                browser.driver().findElement(By.linkText("Facturation")).click();
                browser.waitForText(By.cssSelector("main h1"), "Facturation");
                browser.open("/facturation?mois=2026-08");
                assertThat(text(browser)).contains("Août 2026", "Mme Camille Navigateur", "Aperçu des factures",
                        "18,25 €");
                browser.driver().findElement(By.linkText("Clôturer le mois…")).click();
                browser.waitForText(By.cssSelector("main h1"), "Clôturer août 2026 ?");
                browser.screenshot("billing-confirm-close");
                browser.driver().findElement(By.xpath("//button[contains(., 'Oui, clôturer le mois')]")).click();
                browser.waitFor(By.cssSelector(".alert-ok"));
                assertThat(browser.driver().findElement(By.cssSelector(".alert-ok")).getText())
                        .contains("Le mois de août 2026 est clôturé");
                assertThat(text(browser)).contains("Mois clôturé", "Factures émises", "Mme Camille Navigateur")
                        .doesNotContain("Clôturer le mois…");
                browser.screenshot("billing-closed");
                browser.driver().findElement(By.xpath("//button[contains(., 'Se déconnecter')]")).click();

                browser.login(family.email(), TestFamilies.PASSWORD);
                browser.driver().findElement(By.linkText("Mes factures")).click();
                browser.waitForText(By.cssSelector("main h1"), "Mes factures");
                for (int attempt = 0; attempt < 20 && !text(browser).contains("Facture n°"); attempt++) {
                    Thread.sleep(250);
                    browser.open("/factures");
                }
                assertThat(text(browser)).contains("Facture n° 2026-", "Août 2026", "Net à payer", "18,25 €");
                browser.driver().findElement(By.cssSelector(".invoice details summary")).click();
                WebElement dayLink = browser.driver().findElement(By.cssSelector(".invoice tbody td a"));
                assertThat(dayLink.getAttribute("href")).endsWith("/reservations/" + family.childId()
                        + "/ALSH?mois=2026-08");
                assertThat(text(browser)).contains("Journée complète", "Présence sans réservation (+50 %)");
                browser.screenshot("billing-mes-factures");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("billing-failure");
                throw e;
            }
        }
    }

    private static String text(Browser browser) {
        return browser.driver().findElement(By.id("contenu")).getText();
    }
}
