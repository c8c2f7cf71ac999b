package fr.portailfamille.web.reservation;

import static fr.portailfamille.web.PortalTestSupport.PARENT;
import static fr.portailfamille.web.PortalTestSupport.PARENT_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.demo.DemoDataLoader;
import fr.portailfamille.web.enrolment.PageSession;

/**
 * « Réservez selon une semaine type » tells the parent what is wrong with the period, and keeps the form; a form sent
 * with a stale token says why it was refused.
 */
@PortalTest
class TypicalWeekPageTest {
    private static final String PAGE = "/reservations/" + DemoDataLoader.LEA + "/RS/semaine-type";

    @Autowired
    TestRestTemplate rest;

    @Test
    void givenAnEndBeforeTheStart_whenChecked_thenSaidSoOnTheForm() {
        awaitDemoReady(rest);
        PageSession parent = PageSession.signIn(rest, PARENT, PARENT_PASSWORD);
        parent.get(PAGE);

        assertThat(check(parent, "2026-12-10", "2026-12-03"))
                .contains("La date de début doit précéder la date de fin.");
        assertThat(check(parent, "", "2026-12-03")).contains("Indiquez une période : du … au ….");
    }

    @Test
    void givenAStaleFormToken_whenPosted_thenTheErrorPageSaysTheSessionMayHaveExpired() {
        awaitDemoReady(rest);
        PageSession parent = PageSession.signIn(rest, PARENT, PARENT_PASSWORD);
        parent.get(PAGE);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("_csrf", "jeton-perime");

        ResponseEntity<String> refused = parent.post(PAGE, form, MediaType.APPLICATION_FORM_URLENCODED);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("Cette action ne vous est pas permise",
                "votre session a peut-être expiré");
    }

    private static String check(PageSession parent, String from, String to) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("du", from);
        form.add("au", to);
        form.add("cases", "THURSDAY|RS_REPAS");
        return parent.post(PAGE, form, MediaType.APPLICATION_FORM_URLENCODED).getBody();
    }
}
