package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.*;
import static fr.portailfamille.web.family.ApiTestFamilies.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.ParentAccountOpened;
import fr.portailfamille.api.family.FamilyId;
import fr.portailfamille.web.PortalTest;

@PortalTest
class AccountActivationApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    EventStore eventStore;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
    }

    @Test
    void givenStaffCreatingAFamily_whenTheParentSetsAPassword_thenTheParentSignsInToTheirFamilyOnly() {
        String email = uniqueEmail("durand");
        JsonNode created = createFamily(rest, email, "Durand");
        String familyId = created.get("familyId").asText();
        assertThat(created.get("activationToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(rest.withBasicAuth(email, PASSWORD).getForEntity("/api/me", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(activate(rest, created.get("activationToken").asText(), PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode me = rest.withBasicAuth(email, PASSWORD).getForObject("/api/me", JsonNode.class);
        assertThat(me.get("role").asText()).isEqualTo("PARENT");
        assertThat(me.get("familyId").asText()).isEqualTo(familyId);
        assertThat(me.get("userId").asText()).isEqualTo(AccountId.forEmail(email).value());
    }

    @Test
    void givenAShortPassword_whenActivating_then400WeakPasswordAndTheLinkStillWorks() {
        JsonNode created = createFamily(rest, uniqueEmail("petit"), "Petit");
        String token = created.get("activationToken").asText();

        assertProblem(activate(rest, token, "trop-court"), HttpStatus.BAD_REQUEST, "WEAK_PASSWORD");
        assertThat(activate(rest, token, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void givenAUsedLink_whenActivatingAgain_then409TokenInvalidAndThePasswordStays() {
        String email = uniqueEmail("robert");
        String token = createFamily(rest, email, "Robert").get("activationToken").asText();
        activate(rest, token, PASSWORD);

        assertProblem(activate(rest, token, "Un-autre-mot-de-passe"), HttpStatus.CONFLICT, "TOKEN_INVALID");
        assertThat(rest.withBasicAuth(email, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void givenALinkIssuedEightDaysAgo_whenActivating_then409TokenInvalid() {
        String email = uniqueEmail("ancien");
        String token = ActivationTokens.newToken();
        String accountId = AccountId.forEmail(email).value();
        Instant eightDaysAgo = Instant.parse(CLOCK_START).minus(Duration.ofDays(8));
        eventStore.publish(new GenericDomainEventMessage<>("Account", accountId, 0, new ParentAccountOpened(
                accountId, email, FamilyId.newId().value(), ActivationTokens.hash(token),
                eightDaysAgo.plus(Duration.ofDays(7)))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertProblem(activate(rest, token, PASSWORD),
                HttpStatus.CONFLICT, "TOKEN_INVALID"));
        assertThat(rest.withBasicAuth(email, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void givenAnUnknownToken_whenActivating_then409TokenInvalid() {
        assertProblem(activate(rest, "pas-un-jeton-connu", PASSWORD), HttpStatus.CONFLICT, "TOKEN_INVALID");
    }

    @Test
    void givenAnEmailAlreadyUsed_whenStaffCreateAnotherFamilyWithIt_then409EmailTakenAndNothingIsCreated() {
        String email = uniqueEmail("double");
        createFamily(rest, email, "Premier");

        ResponseEntity<JsonNode> second = staff(rest).postForEntity("/api/families",
                newFamilyRequest(email.toUpperCase(), "Second"), JsonNode.class);

        assertProblem(second, HttpStatus.CONFLICT, "EMAIL_TAKEN");
        JsonNode found = staff(rest).getForObject("/api/families?search=" + email, JsonNode.class);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asText()).isEqualTo("PREMIER Anne");
    }

    @Test
    void givenBadInput_whenStaffCreateAFamily_then400AndNothingIsCreated() {
        ResponseEntity<JsonNode> noEmail = staff(rest).postForEntity("/api/families",
                Map.of("parent1", Map.of("civility", "Mme", "firstName", "Anne", "lastName", "Sansmail")),
                JsonNode.class);
        ResponseEntity<JsonNode> badEmail = staff(rest).postForEntity("/api/families",
                newFamilyRequest("pas-un-mail", "Mauvais"), JsonNode.class);
        ResponseEntity<JsonNode> negativeQuotient = staff(rest).postForEntity("/api/families",
                Map.of("parent1", newFamilyRequest(uniqueEmail("neg"), "Negatif").get("parent1"), "quotient", -1),
                JsonNode.class);

        ResponseEntity<JsonNode> decimalQuotient = staff(rest).postForEntity("/api/families",
                Map.of("parent1", newFamilyRequest(uniqueEmail("dec"), "Decimal").get("parent1"), "quotient", 1.5),
                JsonNode.class);

        assertProblem(noEmail, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertProblem(badEmail, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertProblem(negativeQuotient, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertProblem(decimalQuotient, HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertThat(staff(rest).getForObject("/api/families?search=sansmail", JsonNode.class)).isEmpty();
        assertThat(staff(rest).getForObject("/api/families?search=negatif", JsonNode.class)).isEmpty();
        assertThat(staff(rest).getForObject("/api/families?search=decimal", JsonNode.class)).isEmpty();
    }

    @Test
    void givenAParentOrAnAuditor_whenCreatingAFamily_then403() {
        assertProblem(rest.withBasicAuth(PARENT, PARENT_PASSWORD).postForEntity("/api/families",
                newFamilyRequest(uniqueEmail("x"), "Parent"), JsonNode.class), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertProblem(rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD).postForEntity("/api/families",
                newFamilyRequest(uniqueEmail("x"), "Audit"), JsonNode.class), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void givenStaffChangingTheLoginEmail_whenTheParentActivatesTheNewLink_thenOnlyTheNewEmailSignsIn() {
        Parent parent = newParent(rest, "Moreau");
        String newEmail = uniqueEmail("moreau.nouveau");

        ResponseEntity<JsonNode> changed = send(staff(rest), org.springframework.http.HttpMethod.PUT,
                "/api/families/" + parent.familyId() + "/email", Map.of("email", newEmail));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(activate(rest, changed.getBody().get("activationToken").asText(), PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(parent.rest().getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode me = rest.withBasicAuth(newEmail, PASSWORD).getForObject("/api/me", JsonNode.class);
        assertThat(me.get("familyId").asText()).isEqualTo(parent.familyId());
        assertThat(dossier(staff(rest), parent.familyId()).get("loginEmail").asText()).isEqualTo(newEmail);
    }
}
