package fr.portailfamille.web.reservation;

import static fr.portailfamille.web.PortalTestSupport.STAFF;
import static fr.portailfamille.web.PortalTestSupport.STAFF_PASSWORD;
import static fr.portailfamille.web.PortalTestSupport.awaitDemoReady;
import static fr.portailfamille.web.reservation.ReservationApiTest.change;
import static fr.portailfamille.web.reservation.ReservationApiTest.changes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.RecordMedicalDossier;
import fr.portailfamille.web.PortalTest;
import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.web.TestFamilies.TestFamily;
import fr.portailfamille.web.enrolment.PageSession;

/** « Appel du jour » tells staff each expected child's allergies, PAI and diet, and who may collect the child. */
@PortalTest
class DaySheetCareNotesTest {
    private static final String DAY = "2026-12-03";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    @Test
    void givenTwoChildrenExpected_whenStaffOpenTheDaySheet_thenMedicalNotesOnlyWhileTheFamilyConsents() {
        awaitDemoReady(rest);
        TestFamilies families = new TestFamilies(commands, queries);
        TestFamily consenting = families.create("Soignee", 850, List.of("Inès"), "RS-2026-2027");
        TestFamily withdrawn = families.create("Retrait", 850, List.of("Noé"), "RS-2026-2027");
        commands.sendAndWait(new RecordMedicalDossier(consenting.familyId(), consenting.childId(),
                new MedicalDossier("Dr Lefèvre", "arachide", "asthme, ventoline dans le sac", "sans porc", null,
                        null)));
        commands.sendAndWait(new AddAuthorisedPerson(consenting.familyId(), consenting.childId(), "person-1",
                "Paul Soignee", "grand-père", "0601020304"));
        commands.sendAndWait(new RecordMedicalDossier(withdrawn.familyId(), withdrawn.childId(),
                new MedicalDossier(null, "kiwi", null, "sans gluten", null, null)));
        commands.sendAndWait(new RecordConsents(withdrawn.familyId(), true, false));
        for (TestFamily family : List.of(consenting, withdrawn)) {
            assertThat(JsonPost.as(rest, family.email(), TestFamilies.PASSWORD, "/api/children/"
                    + family.childId() + "/reservations", changes("RS", change(DAY, "RS_REPAS", "RESERVE")))
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        PageSession staff = PageSession.signIn(rest, STAFF, STAFF_PASSWORD);

        await().atMost(Duration.ofSeconds(10)).until(() -> daySheet(staff).contains("Noé Retrait")
                && daySheet(staff).contains("Inès Soignee"));
        String sheet = daySheet(staff);

        assertThat(sheet).contains("Allergies : arachide", "PAI : asthme, ventoline dans le sac",
                "Régime : sans porc", "Peut venir chercher : Paul Soignee (grand-père), 0601020304");
        String withdrawnChild = sheet.substring(sheet.indexOf("Noé Retrait"));
        assertThat(withdrawnChild.substring(0, withdrawnChild.indexOf("</fieldset>")))
                .contains("Données médicales : donnée effacée").doesNotContain("kiwi", "gluten", "Allergies");
    }

    private static String daySheet(PageSession staff) {
        return HtmlUtils.htmlUnescape(staff.get("/service/appel?activite=RS&jour=" + DAY).getBody());
    }
}
