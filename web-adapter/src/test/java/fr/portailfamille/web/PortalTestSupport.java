package fr.portailfamille.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Shared bits of the tests that drive the running portal over HTTP. */
public final class PortalTestSupport {
    public static final String PARENT = "parent@demo.test";
    public static final String PARENT_PASSWORD = "Parent-Demo-2026!";
    public static final String STAFF = "agent@demo.test";
    public static final String STAFF_PASSWORD = "Agent-Demo-2026!";
    public static final String AUDITOR = "audit@demo.test";
    public static final String AUDITOR_PASSWORD = "Audit-Demo-2026!";

    /** A Tuesday morning of the demo school year, before the 09:30 cut-off in Paris. */
    public static final String CLOCK_START = "2026-12-01T07:00:00Z";

    private PortalTestSupport() {
    }

    /** Read models catch up asynchronously after the demo data is loaded at start-up. */
    public static void awaitDemoReady(TestRestTemplate rest) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rest.withBasicAuth(STAFF, STAFF_PASSWORD)
                .getForEntity("/api/me", String.class).getStatusCode() == HttpStatus.OK
                && rest.withBasicAuth(PARENT, PARENT_PASSWORD).getForEntity("/api/activities", String.class)
                .getBody().contains("ALSH_GARD"));
    }
}
