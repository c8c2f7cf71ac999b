package fr.portailfamille.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import fr.portailfamille.api.reservation.AttendanceStatus;

/** A page shows the portal's own wording of a refusal, never the JDK's message naming a Java class. */
class ErrorHandlingTest {
    private final ErrorHandling errors = new ErrorHandling();

    @Test
    void givenAnUnknownEnumConstantFromAForm_whenShownOnAPage_thenTheGenericFrenchMessage() {
        IllegalArgumentException fromTheJdk = thrownBy(() -> AttendanceStatus.valueOf("FOO"));

        ModelAndView page = onAPage(fromTheJdk);

        assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getModel()).containsEntry("message", "Requête invalide.");
    }

    @Test
    void givenARefusalWordedByThePortal_whenShownOnAPage_thenItsOwnMessage() {
        IllegalArgumentException ours = new IllegalArgumentException("Un code postal a cinq chiffres.");

        assertThat(onAPage(ours).getModel()).containsEntry("message", "Un code postal a cinq chiffres.");
    }

    private ModelAndView onAPage(IllegalArgumentException e) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/service/appel");
        return (ModelAndView) errors.invalidInput(e, request, new MockHttpServletResponse());
    }

    private static IllegalArgumentException thrownBy(Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("no IllegalArgumentException");
    }
}
