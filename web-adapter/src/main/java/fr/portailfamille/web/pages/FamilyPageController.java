package fr.portailfamille.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountStatus;
import fr.portailfamille.api.account.FindAccountStatus;
import fr.portailfamille.api.family.ChildMedicalDossier;
import fr.portailfamille.api.family.ConfirmDossierReviewed;
import fr.portailfamille.api.family.DossierYear;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalStatus;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.family.FamilyDossiers;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** « Ma famille » for parents, and the same dossier for staff and auditors: children, authorisations, medical. */
@Controller
public class FamilyPageController {
    private final FamilyDossiers dossiers;
    private final FamilyCommands commands;
    private final QueryGateway queryGateway;
    private final FamilyAccess access;
    private final Clock clock;

    public FamilyPageController(FamilyDossiers dossiers, FamilyCommands commands, QueryGateway queryGateway,
                                FamilyAccess access, Clock clock) {
        this.dossiers = dossiers;
        this.commands = commands;
        this.queryGateway = queryGateway;
        this.access = access;
        this.clock = clock;
    }

    /** A child as its card shows it. */
    public record ChildCard(FamilyDossier.Child child, int age, MedicalStatus medicalStatus,
                            MedicalDossier medical) {
    }

    @GetMapping("/ma-famille")
    public String myFamily(@AuthenticationPrincipal PortailUser user, Model model) {
        if (user.role() != Role.PARENT) {
            return "redirect:/familles";
        }
        return dossier(user, user.familyId(), model);
    }

    @GetMapping("/familles/{familyId}")
    public String family(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId, Model model) {
        access.requireFamily(user, familyId, Intent.READ);
        return dossier(user, familyId, model);
    }

    @PostMapping("/familles/{familyId}/verification")
    public String review(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                         RedirectAttributes flash) {
        access.requireFamily(user, familyId, Intent.WRITE);
        return FamilyPages.change(flash, FamilyPages.dossierPath(user, familyId),
                () -> commands.send(new ConfirmDossierReviewed(familyId)));
    }

    private String dossier(PortailUser user, String familyId, Model model) {
        FamilyDossier dossier = dossiers.dossier(familyId);
        LocalDate today = LocalDate.now(clock);
        Map<String, ChildMedicalDossier> medical = dossiers.medicalByChild(familyId);
        List<ChildCard> children = dossier.children().stream().map(child -> {
            ChildMedicalDossier found = medical.get(child.childId());
            return new ChildCard(child, Period.between(child.birthDate(), today).getYears(),
                    found == null ? MedicalStatus.NONE : found.status(), found == null ? null : found.dossier());
        }).toList();
        DossierYear year = DossierYear.of(today);
        model.addAttribute("dossier", dossier);
        model.addAttribute("children", children);
        model.addAttribute("basePath", "/familles/" + familyId);
        model.addAttribute("canEdit", user.role() != Role.AUDITOR);
        model.addAttribute("isStaff", user.isStaff());
        model.addAttribute("schoolYear", year.value());
        model.addAttribute("reviewed", dossier.reviewedFor(year));
        model.addAttribute("quotient", dossier.quotientValueOn(today));
        model.addAttribute("quotientPeriod", dossier.quotientOn(today));
        if (user.role() != Role.PARENT) {
            model.addAttribute("account", queryGateway.query(new FindAccountStatus(dossier.loginEmail()),
                    ResponseTypes.optionalInstanceOf(AccountStatus.class)).join().orElse(null));
        }
        return "famille";
    }
}
