package fr.portailfamille.web.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.web.family.ConsentGate;
import fr.portailfamille.web.family.FamilyDossiers;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.security.PortailUser;

/** The two RGPD consents a parent answers at first login, and may change later. */
@Controller
public class ConsentPageController {
    private final FamilyDossiers dossiers;
    private final FamilyCommands commands;

    public ConsentPageController(FamilyDossiers dossiers, FamilyCommands commands) {
        this.dossiers = dossiers;
        this.commands = commands;
    }

    @GetMapping(ConsentGate.CONSENT_PAGE)
    public String form(@AuthenticationPrincipal PortailUser user, Model model) {
        if (user.role() != Role.PARENT) {
            return "redirect:/";
        }
        model.addAttribute("dossier", dossiers.dossier(user.familyId()));
        return "consentement";
    }

    @PostMapping(ConsentGate.CONSENT_PAGE)
    public String answer(@AuthenticationPrincipal PortailUser user, @RequestParam String personalData,
                         @RequestParam String medicalData, Model model) {
        if (user.role() != Role.PARENT) {
            return "redirect:/";
        }
        commands.send(new RecordConsents(user.familyId(), FamilyPages.yes(personalData),
                FamilyPages.yes(medicalData)));
        if (FamilyPages.yes(personalData)) {
            return "redirect:/ma-famille";
        }
        model.addAttribute("refused", true);
        return form(user, model);
    }
}
