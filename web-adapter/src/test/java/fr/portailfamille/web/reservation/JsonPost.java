package fr.portailfamille.web.reservation;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON body posted to the API as someone; the answer, whatever its status. */
final class JsonPost {
    private JsonPost() {
    }

    static ResponseEntity<JsonNode> as(TestRestTemplate rest, String email, String password, String path,
                                       Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(email, password).postForEntity(path, new HttpEntity<>(body, headers),
                JsonNode.class);
    }
}
