package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.*;
import static fr.portailfamille.web.family.ApiTestFamilies.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import fr.portailfamille.web.PortalTest;

/** A parent gets 403 on every family and child endpoint of another family, and that family stays as it was. */
@PortalTest
class FamilyAccessApiTest {
    @Autowired
    TestRestTemplate rest;

    private record Call(HttpMethod method, String path, Object body) {
    }

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
    }

    private static List<Call> everyFamilyAndChildEndpoint(String familyId, String childId) {
        String family = "/api/families/" + familyId;
        String child = "/api/children/" + childId;
        Map<String, Object> anyone = Map.of("name", "Intrus", "phone", "0600000000");
        return List.of(
                new Call(HttpMethod.GET, family, null),
                new Call(HttpMethod.POST, family + "/children",
                        Map.of("firstName", "Intrus", "lastName", "Test", "birthDate", "2018-01-01", "sex", "M")),
                new Call(HttpMethod.POST, family + "/consents", Map.of("personalData", false, "medicalData", false)),
                new Call(HttpMethod.PUT, family + "/contact", Map.of("parents", List.of(),
                        "address", Map.of("street", "1 rue Intrus", "postalCode", "75001", "city", "Paris"))),
                new Call(HttpMethod.POST, family + "/review", null),
                new Call(HttpMethod.PUT, family + "/quotient",
                        Map.of("quotient", 1, "validFrom", "2026-09-01", "validUntil", "2027-08-31")),
                new Call(HttpMethod.PUT, family + "/email", Map.of("email", uniqueEmail("intrus"))),
                new Call(HttpMethod.POST, family + "/activation-link", null),
                new Call(HttpMethod.GET, family + "/history", null),
                new Call(HttpMethod.PUT, child, Map.of("firstName", "Intrus", "lastName", "Test",
                        "birthDate", "2018-01-01", "sex", "M")),
                new Call(HttpMethod.PUT, child + "/authorisations", Map.of("OUTINGS", false)),
                new Call(HttpMethod.POST, child + "/authorised-persons", anyone),
                new Call(HttpMethod.DELETE, child + "/authorised-persons/person-1", null),
                new Call(HttpMethod.PUT, child + "/medical-dossier", Map.of("allergies", "Intrus")),
                new Call(HttpMethod.GET, "/api/families?search=", null));
    }

    @Test
    void givenTwoFamilies_whenAParentCallsEveryEndpointOfTheOther_then403AndNothingChanges() {
        Parent intruder = consentingParent(rest, "Intrus", true);
        Parent victim = consentingParent(rest, "Cible", true);
        String victimChild = addChild(victim, "Lina");
        JsonNode before = dossier(victim.rest(), victim.familyId());

        for (Call call : everyFamilyAndChildEndpoint(victim.familyId(), victimChild)) {
            ResponseEntity<JsonNode> answer = send(intruder.rest(), call.method(), call.path(), call.body());
            assertThat(answer.getStatusCode()).as(call.method() + " " + call.path()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody().get("code").asText()).as(call.path()).isEqualTo("FORBIDDEN");
        }

        assertThat(dossier(victim.rest(), victim.familyId())).isEqualTo(before);
        assertThat(victim.rest().getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void givenTheDemoParent_whenReadingOrChangingTheMartinsDossier_thenStaffOnlyRowsAre403() {
        TestRestTemplate parent = rest.withBasicAuth(PARENT, PARENT_PASSWORD);
        String martins = parent.getForObject("/api/me", JsonNode.class).get("familyId").asText();

        assertThat(dossier(parent, martins).get("children")).hasSize(2);
        for (String staffOnly : List.of("/quotient", "/email", "/activation-link")) {
            HttpMethod method = staffOnly.equals("/activation-link") ? HttpMethod.POST : HttpMethod.PUT;
            Object body = staffOnly.equals("/email") ? Map.of("email", uniqueEmail("martin"))
                    : Map.of("quotient", 1, "validFrom", "2026-09-01", "validUntil", "2027-08-31");
            assertThat(send(parent, method, "/api/families/" + martins + staffOnly, body).getStatusCode())
                    .as(staffOnly).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(parent.getForEntity("/api/families/" + martins + "/history", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenAnAuditor_whenReadingAndChangingAFamily_thenReadsButCannotChange() {
        TestRestTemplate auditor = rest.withBasicAuth(AUDITOR, AUDITOR_PASSWORD);
        Parent parent = consentingParent(rest, "Audite", false);

        assertThat(dossier(auditor, parent.familyId()).get("familyId").asText()).isEqualTo(parent.familyId());
        assertThat(auditor.getForEntity("/api/families/" + parent.familyId() + "/history", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(auditor.postForEntity("/api/families/" + parent.familyId() + "/children", Map.of("firstName",
                "Audit", "lastName", "Test", "birthDate", "2018-01-01", "sex", "M"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenUnknownOrMalformedIds_whenStaffCallThem_then404() {
        TestRestTemplate staff = staff(rest);
        assertThat(staff.getForEntity("/api/families/family-inconnue", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(staff.getForEntity("/api/families/pas-une-famille", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(staff.postForEntity("/api/families/family-inconnue/children", Map.of("firstName", "A",
                "lastName", "B", "birthDate", "2018-01-01", "sex", "F"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(staff, HttpMethod.PUT, "/api/children/child-inconnu/authorisations",
                Map.of("OUTINGS", true)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
