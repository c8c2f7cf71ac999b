package fr.portailfamille.web.enrolment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A signed-in browser session on the pages over plain HTTP: the session cookie and the CSRF token of the forms. */
public final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"");

    private final TestRestTemplate rest;
    private String cookie;
    private String csrf;

    private PageSession(TestRestTemplate rest) {
        // a browser keeps the cookie of each answer, redirects included: follow them by hand
        this.rest = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    public static PageSession signIn(TestRestTemplate rest, String email, String password) {
        PageSession session = new PageSession(rest);
        session.get("/connexion");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("email", email);
        form.add("password", password);
        session.post("/connexion", form, MediaType.APPLICATION_FORM_URLENCODED);
        return session;
    }

    public ResponseEntity<String> get(String path) {
        return remember(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), String.class));
    }

    /** Posts a form with the page's CSRF token, as a browser does. */
    public ResponseEntity<String> post(String path, MultiValueMap<String, Object> form, MediaType type) {
        form.add("_csrf", csrf);
        return remember(rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers(type)), String.class));
    }

    public String csrf() {
        return csrf;
    }

    private HttpHeaders headers(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        // as a browser asks, so that an error comes as the French page rather than JSON
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        if (type != null) {
            headers.setContentType(type);
        }
        return headers;
    }

    private ResponseEntity<String> remember(ResponseEntity<String> answer) {
        List<String> cookies = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        }
        if (answer.getBody() != null) {
            Matcher token = CSRF.matcher(answer.getBody());
            if (token.find()) {
                csrf = token.group(1);
            }
        }
        return answer;
    }
}
