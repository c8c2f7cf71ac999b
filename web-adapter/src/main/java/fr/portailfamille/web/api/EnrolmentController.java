package fr.portailfamille.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.web.documents.Downloads;
import fr.portailfamille.web.enrolment.EnrolmentService;
import fr.portailfamille.web.security.PortailUser;

/** Enrolments (inscriptions): the rows of api.md, plus désinscription and the attestation d'inscription. */
@RestController
public class EnrolmentController {
    private final EnrolmentService enrolments;

    public EnrolmentController(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    public record EnrolmentRequest(String childId, String periodId) {
    }

    public record RejectionRequest(String reason) {
    }

    public record EndRequest(LocalDate from) {
    }

    public record EnrolmentState(String enrolmentId, EnrolmentStatus status) {
    }

    public record ChildEnrolment(String enrolmentId, String activityId, String periodId, EnrolmentStatus status) {
    }

    public record QueuedEnrolment(String enrolmentId, String childId, String childName, String activityId,
                                  String periodId, EnrolmentStatus status, Instant requestedAt,
                                  List<DocumentKind> missingDocuments) {
    }

    @PostMapping("/api/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    public EnrolmentState request(@AuthenticationPrincipal PortailUser user, @RequestBody EnrolmentRequest request) {
        return new EnrolmentState(enrolments.request(user, request.childId(), request.periodId()),
                EnrolmentStatus.PENDING);
    }

    @GetMapping("/api/children/{childId}/enrolments")
    public List<ChildEnrolment> ofChild(@AuthenticationPrincipal PortailUser user, @PathVariable String childId) {
        return enrolments.ofChild(user, childId).stream().map(enrolment -> new ChildEnrolment(
                enrolment.enrolmentId(), enrolment.activityId(), enrolment.periodId(), enrolment.status())).toList();
    }

    @PostMapping("/api/enrolments/{enrolmentId}/validate")
    public EnrolmentState validate(@AuthenticationPrincipal PortailUser user, @PathVariable String enrolmentId) {
        enrolments.validate(user, enrolmentId);
        return new EnrolmentState(enrolmentId, EnrolmentStatus.VALIDATED);
    }

    @PostMapping("/api/enrolments/{enrolmentId}/reject")
    public EnrolmentState reject(@AuthenticationPrincipal PortailUser user, @PathVariable String enrolmentId,
                                 @RequestBody RejectionRequest request) {
        enrolments.reject(user, enrolmentId, request.reason());
        return new EnrolmentState(enrolmentId, EnrolmentStatus.REJECTED);
    }

    @PostMapping("/api/enrolments/{enrolmentId}/end")
    public EnrolmentState end(@AuthenticationPrincipal PortailUser user, @PathVariable String enrolmentId,
                              @RequestBody EndRequest request) {
        enrolments.end(user, enrolmentId, request.from());
        return new EnrolmentState(enrolmentId, EnrolmentStatus.ENDED);
    }

    @GetMapping("/api/staff/enrolments")
    public List<QueuedEnrolment> queue(@AuthenticationPrincipal PortailUser user,
                                       @RequestParam(defaultValue = "PENDING") EnrolmentStatus status) {
        return enrolments.queue(user, status).stream().map(row -> new QueuedEnrolment(
                row.enrolment().enrolmentId(), row.enrolment().childId(), row.enrolment().childName(),
                row.enrolment().activityId(), row.enrolment().periodId(), row.enrolment().status(),
                row.enrolment().requestedAt(),
                row.documentsNotReceived().stream().map(document -> document.kind()).toList())).toList();
    }

    @GetMapping("/api/enrolments/{enrolmentId}/attestation")
    public ResponseEntity<byte[]> attestation(@AuthenticationPrincipal PortailUser user,
                                              @PathVariable String enrolmentId) {
        return Downloads.inlinePdf(enrolments.attestation(user, enrolmentId), "attestation-inscription.pdf");
    }
}
