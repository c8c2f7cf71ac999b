package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** New families for the tests, made over the API as staff and parents do, so that no test touches the Martins. */
final class ApiTestFamilies {
    static final String PASSWORD = "Un-mot-de-passe-2026";

    /** A parent whose account is active: {@code rest} signs in as them. */
    record Parent(String familyId, String email, TestRestTemplate rest) {
    }

    private ApiTestFamilies() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    static TestRestTemplate staff(TestRestTemplate rest) {
        return rest.withBasicAuth(STAFF, STAFF_PASSWORD);
    }

    static Map<String, Object> newFamilyRequest(String email, String lastName) {
        return Map.of("parent1", Map.of("civility", "Mme", "firstName", "Anne", "lastName", lastName, "email", email,
                "mobile", "0600000000"), "quotient", 640);
    }

    /** Staff create the family; answers {@code familyId} and {@code activationToken}. */
    static JsonNode createFamily(TestRestTemplate rest, String email, String lastName) {
        ResponseEntity<JsonNode> created = staff(rest).postForEntity("/api/families", newFamilyRequest(email, lastName),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    static ResponseEntity<JsonNode> activate(TestRestTemplate rest, String token, String password) {
        return rest.postForEntity("/api/accounts/activate", Map.of("token", token, "password", password),
                JsonNode.class);
    }

    /** A family whose parent activated the account but has not answered the consents yet. */
    static Parent newParent(TestRestTemplate rest, String lastName) {
        String email = uniqueEmail(lastName.toLowerCase());
        JsonNode created = createFamily(rest, email, lastName);
        assertThat(activate(rest, created.get("activationToken").asText(), PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return new Parent(created.get("familyId").asText(), email, rest.withBasicAuth(email, PASSWORD));
    }

    static ResponseEntity<JsonNode> consent(Parent parent, boolean personalData, boolean medicalData) {
        return parent.rest().postForEntity("/api/families/" + parent.familyId() + "/consents",
                Map.of("personalData", personalData, "medicalData", medicalData), JsonNode.class);
    }

    /** A family whose parent gave the personal-data consent, and the medical one when asked. */
    static Parent consentingParent(TestRestTemplate rest, String lastName, boolean medicalData) {
        Parent parent = newParent(rest, lastName);
        assertThat(consent(parent, true, medicalData).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return parent;
    }

    static String addChild(Parent parent, String firstName) {
        ResponseEntity<JsonNode> added = parent.rest().postForEntity("/api/families/" + parent.familyId()
                        + "/children", Map.of("firstName", firstName, "lastName", "Test", "birthDate", "2018-02-14",
                        "sex", "F"), JsonNode.class);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return added.getBody().get("childId").asText();
    }

    static JsonNode dossier(TestRestTemplate as, String familyId) {
        ResponseEntity<JsonNode> dossier = as.getForEntity("/api/families/" + familyId, JsonNode.class);
        assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
        return dossier.getBody();
    }

    static void assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status, String code) {
        assertThat(answer.getStatusCode()).isEqualTo(status);
        assertThat(answer.getBody().get("code").asText()).isEqualTo(code);
    }

    static ResponseEntity<JsonNode> send(TestRestTemplate as, HttpMethod method, String path, Object body) {
        return as.exchange(path, method, new HttpEntity<>(body), JsonNode.class);
    }
}
