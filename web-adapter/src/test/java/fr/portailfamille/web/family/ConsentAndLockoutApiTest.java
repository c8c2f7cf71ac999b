package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.*;
import static fr.portailfamille.web.family.ApiTestFamilies.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.account.AccountLocked;
import fr.portailfamille.api.account.LoginFailed;
import fr.portailfamille.web.PortalTest;

@PortalTest
class ConsentAndLockoutApiTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    EventStore eventStore;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
    }

    @Test
    void givenAParentWithoutConsent_whenCallingTheApi_thenConsentRequiredButForWhoAmI() {
        Parent parent = newParent(rest, "Sansaccord");

        assertThat(parent.rest().getForEntity("/api/me", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(parent.rest().getForEntity("/api/activities", JsonNode.class), HttpStatus.FORBIDDEN,
                "CONSENT_REQUIRED");
        assertProblem(parent.rest().getForEntity("/api/families/" + parent.familyId(), JsonNode.class),
                HttpStatus.FORBIDDEN, "CONSENT_REQUIRED");
        assertProblem(parent.rest().postForEntity("/api/families/" + parent.familyId() + "/children",
                Map.of("firstName", "Zoé", "lastName", "Test", "birthDate", "2018-01-01", "sex", "F"),
                JsonNode.class), HttpStatus.FORBIDDEN, "CONSENT_REQUIRED");
    }

    @Test
    void givenAParentRefusingPersonalData_whenCallingTheApi_thenStillConsentRequired() {
        Parent parent = newParent(rest, "Refus");

        assertThat(consent(parent, false, true).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertProblem(parent.rest().getForEntity("/api/activities", JsonNode.class), HttpStatus.FORBIDDEN,
                "CONSENT_REQUIRED");
    }

    @Test
    void givenPersonalDataOnly_whenRecordingAMedicalDossier_then403AndNoMedicalDataIsStored() {
        Parent parent = newParent(rest, "Sansmedical");
        assertThat(consent(parent, true, false).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String childId = addChild(parent, "Inès");

        assertProblem(send(parent.rest(), HttpMethod.PUT, "/api/children/" + childId + "/medical-dossier",
                Map.of("allergies", "Gluten")), HttpStatus.FORBIDDEN, "MEDICAL_CONSENT_REQUIRED");

        JsonNode dossier = dossier(parent.rest(), parent.familyId());
        assertThat(dossier.get("consents").get("personalData").asBoolean()).isTrue();
        assertThat(dossier.get("consents").get("medicalData").asBoolean()).isFalse();
        assertThat(dossier.get("children").get(0).get("medical").get("status").asText()).isEqualTo("NONE");
        assertThat(dossier.toString()).doesNotContain("Gluten");
    }

    @Test
    void givenStaffOrBadInput_whenAnsweringConsents_then403Or400() {
        Parent parent = newParent(rest, "Personne");

        assertProblem(staff(rest).postForEntity("/api/families/" + parent.familyId() + "/consents",
                Map.of("personalData", true, "medicalData", true), JsonNode.class), HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        assertProblem(parent.rest().postForEntity("/api/families/" + parent.familyId() + "/consents",
                Map.of("personalData", true), JsonNode.class), HttpStatus.BAD_REQUEST, "INVALID_INPUT");
        assertProblem(parent.rest().postForEntity("/api/families/" + parent.familyId() + "/consents",
                Map.of("personalData", "peut-être", "medicalData", true), JsonNode.class), HttpStatus.BAD_REQUEST,
                "INVALID_INPUT");
        assertProblem(parent.rest().getForEntity("/api/activities", JsonNode.class), HttpStatus.FORBIDDEN,
                "CONSENT_REQUIRED");
    }

    @Test
    void givenFiveWrongPasswords_whenTheRightOneComes_thenTheAccountIsLockedAndEveryAttemptIsRecorded() {
        Parent parent = consentingParent(rest, "Verrou", false);
        TestRestTemplate wrong = rest.withBasicAuth(parent.email(), "pas-le-bon-mot-de-passe");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(wrong.getForEntity("/api/me", JsonNode.class), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        }

        assertProblem(wrong.getForEntity("/api/me", JsonNode.class), HttpStatus.UNAUTHORIZED, "ACCOUNT_LOCKED");
        assertProblem(parent.rest().getForEntity("/api/me", JsonNode.class), HttpStatus.UNAUTHORIZED,
                "ACCOUNT_LOCKED");

        List<Object> recorded = eventStore.readEvents(AccountId.forEmail(parent.email()).value()).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        assertThat(recorded.stream().filter(LoginFailed.class::isInstance)).hasSize(6);
        assertThat(recorded.stream().filter(AccountLocked.class::isInstance)).hasSize(1);
        assertThat(recorded.toString()).doesNotContain("pas-le-bon-mot-de-passe");
    }
}
