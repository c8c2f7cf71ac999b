package fr.portailfamille.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.MockHttpInputMessage;

/** A body announced over the limit is refused unread, one sent without its length is cut off past it. */
class JsonBodyLimitTest {
    private final JsonBodyLimit limit = new JsonBodyLimit();

    @Test
    void givenABodyWithoutItsLength_whenReadPastTheLimit_then413() throws IOException {
        HttpInputMessage limited = limited(new byte[(int) JsonBodyLimit.MAX_BYTES + 1]);

        assertThatThrownBy(() -> limited.getBody().readAllBytes()).isInstanceOfSatisfying(ApiException.class,
                refusal -> {
                    assertThat(refusal.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(refusal.code()).isEqualTo("PAYLOAD_TOO_LARGE");
                });
    }

    @Test
    void givenALengthOverTheLimit_whenTheBodyIsAboutToBeRead_then413BeforeReadingIt() {
        MockHttpInputMessage announced = new MockHttpInputMessage(new byte[0]);
        announced.getHeaders().setContentLength(JsonBodyLimit.MAX_BYTES + 1);

        assertThatThrownBy(() -> limit.beforeBodyRead(announced, null, byte[].class, null))
                .isInstanceOfSatisfying(ApiException.class,
                        refusal -> assertThat(refusal.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
    }

    @Test
    void givenABodyOfExactlyTheLimit_whenRead_thenWhole() throws IOException {
        HttpInputMessage limited = limited(new byte[(int) JsonBodyLimit.MAX_BYTES]);

        try (InputStream body = limited.getBody()) {
            assertThat(body.readAllBytes()).hasSize((int) JsonBodyLimit.MAX_BYTES);
        }
    }

    private HttpInputMessage limited(byte[] body) throws IOException {
        return limit.beforeBodyRead(new MockHttpInputMessage(body), null, byte[].class, null);
    }
}
