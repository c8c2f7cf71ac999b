package fr.portailfamille.web.family;

import static fr.portailfamille.web.PortalTestSupport.*;
import static fr.portailfamille.web.family.ApiTestFamilies.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
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

import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.web.PortalTest;

@PortalTest
class FamilyDossierApiTest {
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void demoLoaded() {
        awaitDemoReady(rest);
    }

    @Test
    void givenTheDemoParent_whenReadingTheDossier_thenTheMartinsAsTheDemoLoadedThem() {
        TestRestTemplate parent = rest.withBasicAuth(PARENT, PARENT_PASSWORD);
        JsonNode dossier = dossier(parent, parent.getForObject("/api/me", JsonNode.class).get("familyId").asText());

        assertThat(dossier.get("quotient").asInt()).isEqualTo(850);
        assertThat(dossier.get("quotientValidUntil").asText()).isEqualTo("2027-08-31");
        assertThat(dossier.get("address").get("city").asText()).isEqualTo("Dreffeac");
        assertThat(dossier.get("parents").findValuesAsText("firstName")).containsExactly("Claire", "Thomas");
        assertThat(dossier.get("children").findValuesAsText("childId"))
                .containsExactly("child-demo-lea", "child-demo-hugo");
        JsonNode lea = dossier.get("children").get(0);
        assertThat(lea.get("authorisations").get("SCHOOL_TRANSPORT").asBoolean()).isFalse();
        assertThat(lea.get("authorisedPersons").get(0).get("name").asText()).isEqualTo("Jeanne Martin");
        assertThat(lea.get("medical").get("dossier").get("allergies").asText()).isEqualTo("Arachide");
        assertThat(dossier.toString()).doesNotContain("{bcrypt}", "passwordHash");
    }

    @Test
    void givenANewFamily_whenParentAndStaffFillTheDossier_thenTheDossierShowsEverything() {
        Parent parent = consentingParent(rest, "Complet", true);
        String childId = addChild(parent, "Jade");
        String child = "/api/children/" + childId;
        Map<Authorisation, Boolean> answers = new EnumMap<>(Authorisation.class);
        for (Authorisation authorisation : Authorisation.values()) {
            answers.put(authorisation, authorisation == Authorisation.OUTINGS);
        }

        assertThat(send(parent.rest(), HttpMethod.PUT, child, Map.of("firstName", "Jade", "lastName", "Complet",
                "birthDate", "2018-02-14", "sex", "F", "school", "École du Bourg", "schoolClass", "CE1"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send(parent.rest(), HttpMethod.PUT, child + "/authorisations", answers).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> person = parent.rest().postForEntity(child + "/authorised-persons",
                Map.of("name", "Paul Voisin", "relation", "Voisin", "phone", "06 12 34 56 78"), JsonNode.class);
        assertThat(person.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(send(parent.rest(), HttpMethod.PUT, "/api/families/" + parent.familyId() + "/contact", Map.of(
                "parents", List.of(Map.of("rank", "PARENT_2", "civility", "M.", "firstName", "Marc", "lastName",
                        "Complet", "mobile", "0611111111")),
                "address", Map.of("street", "3 place de l'Église", "postalCode", "44530", "city", "Dreffeac"),
                "allocataire", Map.of("allocataireName", "Anne Complet", "regime", "MSA", "allocataireNumber",
                        "A77"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send(staff(rest), HttpMethod.PUT, "/api/families/" + parent.familyId() + "/quotient",
                Map.of("quotient", 1250, "validFrom", "2026-09-01", "validUntil", "2027-08-31")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(parent.rest().postForEntity("/api/families/" + parent.familyId() + "/review", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode dossier = dossier(parent.rest(), parent.familyId());
        assertThat(dossier.get("quotient").asInt()).isEqualTo(1250);
        assertThat(dossier.get("dossierReviewed").asBoolean()).isTrue();
        assertThat(dossier.get("address").get("street").asText()).isEqualTo("3 place de l'Église");
        assertThat(dossier.get("allocataire").get("regime").asText()).isEqualTo("MSA");
        assertThat(dossier.get("parents").findValuesAsText("rank")).containsExactly("PARENT_1", "PARENT_2");
        JsonNode jade = dossier.get("children").get(0);
        assertThat(jade.get("schoolClass").asText()).isEqualTo("CE1");
        assertThat(jade.get("authorisations").get("OUTINGS").asBoolean()).isTrue();
        assertThat(jade.get("authorisations").get("MULTISPORT").asBoolean()).isFalse();
        assertThat(jade.get("authorisedPersons").get(0).get("personId").asText())
                .isEqualTo(person.getBody().get("personId").asText());

        assertThat(send(parent.rest(), HttpMethod.DELETE, child + "/authorised-persons/"
                + person.getBody().get("personId").asText(), null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(dossier(parent.rest(), parent.familyId()).get("children").get(0).get("authorisedPersons"))
                .isEmpty();
        JsonNode found = staff(rest).getForObject("/api/families?search=jade complet", JsonNode.class);
        assertThat(found.findValuesAsText("familyId")).containsExactly(parent.familyId());
    }

    @Test
    void givenBadInput_whenChangingTheDossier_then400AndNothingChanges() {
        Parent parent = consentingParent(rest, "Erreurs", false);
        String childId = addChild(parent, "Noé");
        JsonNode before = dossier(parent.rest(), parent.familyId());

        List<ResponseEntity<JsonNode>> answers = List.of(
                send(parent.rest(), HttpMethod.PUT, "/api/children/" + childId + "/authorisations",
                        Map.of("OUTINGS", true)),
                send(parent.rest(), HttpMethod.PUT, "/api/children/" + childId + "/authorisations",
                        Map.of("NAGER", true)),
                send(parent.rest(), HttpMethod.PUT, "/api/families/" + parent.familyId() + "/contact",
                        Map.of("parents", List.of(), "address", Map.of("street", "1 rue", "postalCode", "ABCDE",
                                "city", "Dreffeac"))),
                parent.rest().postForEntity("/api/families/" + parent.familyId() + "/children",
                        Map.of("firstName", "Sans", "lastName", "Date", "sex", "F"), JsonNode.class),
                parent.rest().postForEntity("/api/families/" + parent.familyId() + "/children",
                        Map.of("firstName", "Mauvaise", "lastName", "Date", "birthDate", "31/12/2018", "sex", "F"),
                        JsonNode.class),
                parent.rest().postForEntity("/api/children/" + childId + "/authorised-persons",
                        Map.of("name", "Sans Téléphone"), JsonNode.class),
                send(staff(rest), HttpMethod.PUT, "/api/families/" + parent.familyId() + "/quotient",
                        Map.of("quotient", 900, "validFrom", "2027-09-01", "validUntil", "2026-09-01")));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("INVALID_INPUT");
        });
        assertThat(dossier(parent.rest(), parent.familyId())).isEqualTo(before);
    }

    @Test
    void givenAParent_whenChangingTheLoginEmailThroughTheContactDetails_then403ToBeDoneAtTheStructure() {
        Parent parent = consentingParent(rest, "Mail", false);

        ResponseEntity<JsonNode> answer = send(parent.rest(), HttpMethod.PUT, "/api/families/" + parent.familyId()
                + "/contact", Map.of("parents", List.of(Map.of("rank", "PARENT_1", "civility", "Mme", "firstName",
                "Anne", "lastName", "Mail", "email", uniqueEmail("autre")))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("EMAIL_CHANGED_BY_STAFF");
        assertThat(dossier(parent.rest(), parent.familyId()).get("loginEmail").asText()).isEqualTo(parent.email());
    }
}
