package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static fr.portailfamille.web.family.ApiTestFamilies.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import fr.portailfamille.web.PortalTest;

/** The login form counts failures with the API's: five wrong passwords lock the account for the form too. */
@PortalTest
class LoginPageLockoutTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate rest;

    /** Where the login form sends the browser after this attempt. */
    private String formLogin(String email, String password) {
        ResponseEntity<String> page = rest.getForEntity("/connexion", String.class);
        Matcher csrf = CSRF.matcher(page.getBody());
        assertThat(csrf.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.put(HttpHeaders.COOKIE, page.getHeaders().get(HttpHeaders.SET_COOKIE));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("email", email);
        form.add("password", password);
        form.add("_csrf", csrf.group(1));
        ResponseEntity<String> answer = rest.withRedirects(Redirects.DONT_FOLLOW).postForEntity("/connexion",
                new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return answer.getHeaders().getLocation().toString();
    }

    @Test
    void givenFailuresOnTheApiAndTheForm_whenTheRightPasswordIsTyped_thenTheFormSaysTheAccountIsLocked() {
        awaitDemoReady(rest);
        Parent parent = consentingParent(rest, "Formulaire", false);
        assertThat(formLogin(parent.email(), PASSWORD)).doesNotContain("erreur", "bloque");
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(rest.withBasicAuth(parent.email(), "mauvais-mot-de-passe").getForEntity("/api/me",
                    String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(formLogin(parent.email(), "mauvais-mot-de-passe")).endsWith("/connexion?erreur");
        }

        assertThat(formLogin(parent.email(), "mauvais-mot-de-passe")).endsWith("/connexion?bloque");
        assertThat(formLogin(parent.email(), PASSWORD)).endsWith("/connexion?bloque");
        assertThat(rest.getForObject("/connexion?bloque", String.class)).contains("Compte bloqué pendant 15 minutes");
    }
}
