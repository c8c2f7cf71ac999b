package fr.portailfamille.web.pages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.FamilyDocumentsOverview.RequiredDocument;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.web.documents.FamilyDocumentService;
import fr.portailfamille.web.documents.Downloads;
import fr.portailfamille.web.enrolment.EnrolmentService;
import fr.portailfamille.web.pages.FamilyEnrolmentPages.ChildEnrolments;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;
import jakarta.servlet.http.HttpServletResponse;

/** « Mes inscriptions », « Nouvelle inscription » and the attestation d'inscription, for a family. */
@Controller
public class EnrolmentPageController {
    private final QueryGateway queryGateway;
    private final EnrolmentService enrolments;
    private final FamilyDocumentService documents;
    private final FamilyEnrolmentPages family;
    private final EnrolmentLabels labels;
    private final Clock clock;

    public EnrolmentPageController(QueryGateway queryGateway, EnrolmentService enrolments,
                                   FamilyDocumentService documents, FamilyEnrolmentPages family, EnrolmentLabels labels,
                                   Clock clock) {
        this.queryGateway = queryGateway;
        this.enrolments = enrolments;
        this.documents = documents;
        this.family = family;
        this.labels = labels;
        this.clock = clock;
    }

    /** The choices of the form, as sent (any may be missing). */
    public record Choices(String famille, String enfant, String service, String type, String activite,
                          String periode) {
    }

    @GetMapping("/inscriptions")
    public String enrolments(@AuthenticationPrincipal PortailUser user,
                             @RequestParam(name = "famille", required = false) String familyId, Model model) {
        String familyOf = family.familyOf(user, familyId, Intent.READ);
        List<ChildEnrolments> children = family.childEnrolments(user, familyOf);
        List<String> years = family.schoolYears(children);
        String schoolYear = years.get(years.size() - 1);
        model.addAttribute("familyParam", familyOf);
        model.addAttribute("canRequest", user.role() != Role.AUDITOR);
        model.addAttribute("children", children);
        model.addAttribute("schoolYear", schoolYear);
        model.addAttribute("missingDocuments", documents.overview(user, familyOf, schoolYear).required().stream()
                .filter(document -> document.status() == DocumentStatus.MISSING
                        || document.status() == DocumentStatus.REFUSED)
                .map(RequiredDocument::kind).toList());
        return "inscriptions";
    }

    @GetMapping("/inscriptions/nouvelle")
    public String newEnrolment(@AuthenticationPrincipal PortailUser user, Choices choices, Model model) {
        String familyOf = family.familyOf(user, choices.famille(), Intent.WRITE);
        model.addAttribute("familyParam", familyOf);
        model.addAttribute("children", family.children(familyOf));
        model.addAttribute("childId", choices.enfant());
        model.addAttribute("cascade", cascade(choices));
        return "inscription-nouvelle";
    }

    @PostMapping("/inscriptions/nouvelle")
    public String requestEnrolment(@AuthenticationPrincipal PortailUser user, Choices choices, Model model,
                                   HttpServletResponse response, RedirectAttributes redirect) {
        String familyOf = family.familyOf(user, choices.famille(), Intent.WRITE);
        try {
            ChildSummary child = family.children(familyOf).stream()
                    .filter(candidate -> candidate.childId().equals(choices.enfant())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no such child in the family"));
            enrolments.request(user, child.childId(), choices.periode());
            redirect.addFlashAttribute("requestedChild", child.fullName());
            redirect.addFlashAttribute("requestedPeriod", cascade(choices).chosenPeriod().orElseThrow());
            return "redirect:/inscriptions/confirmation" + familyQuery(familyOf);
        } catch (RuleViolation refused) {
            model.addAttribute("error", refused.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (IllegalArgumentException malformed) {
            model.addAttribute("error", "Choisissez l'enfant et la période d'inscription.");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return newEnrolment(user, choices, model);
    }

    @GetMapping("/inscriptions/confirmation")
    public String confirmation(@RequestParam(name = "famille", required = false) String familyId, Model model) {
        if (!model.containsAttribute("requestedChild")) {
            return "redirect:/inscriptions" + familyQuery(familyId);
        }
        model.addAttribute("familyParam", familyId);
        return "inscription-confirmation";
    }

    @GetMapping("/inscriptions/{enrolmentId}/attestation")
    public ResponseEntity<byte[]> attestation(@AuthenticationPrincipal PortailUser user,
                                              @PathVariable String enrolmentId) {
        return Downloads.inlinePdf(enrolments.attestation(user, enrolmentId), "attestation-inscription.pdf");
    }

    private EnrolmentCascade cascade(Choices choices) {
        List<ActivitySummary> catalogue = queryGateway.query(new FindActivities(),
                ResponseTypes.multipleInstancesOf(ActivitySummary.class)).join();
        return EnrolmentCascade.of(catalogue, choices.service(), choices.type(), choices.activite(),
                choices.periode(), LocalDate.now(clock), labels);
    }

    private static String familyQuery(String familyId) {
        return familyId == null || familyId.isBlank() ? ""
                : "?famille=" + UriUtils.encodeQueryParam(familyId, StandardCharsets.UTF_8);
    }
}
