package fr.portailfamille.web.pages;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.AllocataireRegime;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.web.family.FamilyDossiers;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** « Mes coordonnées »: the two responsible adults, the address and the CAF/MSA data. */
@Controller
public class ContactPageController {
    private final FamilyDossiers dossiers;
    private final FamilyCommands commands;
    private final FamilyAccess access;

    public ContactPageController(FamilyDossiers dossiers, FamilyCommands commands, FamilyAccess access) {
        this.dossiers = dossiers;
        this.commands = commands;
        this.access = access;
    }

    /** The form's fields; Parent 1's email is shown but never sent, it is changed at the structure. */
    public record ContactForm(String civility1, String firstName1, String lastName1, String homePhone1,
                              String mobile1, String workPhone1, String civility2, String firstName2,
                              String lastName2, String email2, String homePhone2, String mobile2, String workPhone2,
                              String street, String postalCode, String city, String allocataireName,
                              AllocataireRegime regime, String allocataireNumber) {
    }

    @GetMapping("/mes-coordonnees")
    public String myContact(@AuthenticationPrincipal PortailUser user, Model model) {
        if (user.role() != Role.PARENT) {
            return "redirect:/familles";
        }
        return contact(user, user.familyId(), model);
    }

    @GetMapping("/familles/{familyId}/coordonnees")
    public String contact(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId, Model model) {
        access.requireFamily(user, familyId, Intent.READ);
        FamilyDossier dossier = dossiers.dossier(familyId);
        model.addAttribute("dossier", dossier);
        model.addAttribute("parent1", parent(dossier, ParentRank.PARENT_1));
        model.addAttribute("parent2", parent(dossier, ParentRank.PARENT_2));
        model.addAttribute("regimes", AllocataireRegime.values());
        model.addAttribute("canEdit", user.role() != Role.AUDITOR);
        model.addAttribute("backPath", user.role() == Role.PARENT ? "/mes-coordonnees"
                : "/familles/" + familyId + "/coordonnees");
        return "coordonnees";
    }

    @PostMapping("/familles/{familyId}/coordonnees")
    public String update(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                         @ModelAttribute ContactForm form, RedirectAttributes flash) {
        access.requireFamily(user, familyId, Intent.WRITE);
        List<FamilyDossier.Adult> parents = new ArrayList<>();
        parents.add(new FamilyDossier.Adult(ParentRank.PARENT_1, form.civility1(), form.firstName1(),
                form.lastName1(), null, form.homePhone1(), form.mobile1(), form.workPhone1()));
        if (FamilyPages.blankToNull(form.firstName2()) != null || FamilyPages.blankToNull(form.lastName2()) != null) {
            parents.add(new FamilyDossier.Adult(ParentRank.PARENT_2, form.civility2(), form.firstName2(),
                    form.lastName2(), form.email2(), form.homePhone2(), form.mobile2(), form.workPhone2()));
        }
        FamilyDossier.Address address = FamilyPages.blankToNull(form.street()) == null ? null
                : new FamilyDossier.Address(form.street(), form.postalCode(), form.city());
        FamilyDossier.Allocataire allocataire = form.regime() == null ? null
                : new FamilyDossier.Allocataire(form.allocataireName(), form.regime(), form.allocataireNumber());
        String back = user.role() == Role.PARENT ? "/mes-coordonnees" : "/familles/" + familyId + "/coordonnees";
        return FamilyPages.change(flash, back, () -> commands.updateContacts(familyId, parents, address,
                allocataire));
    }

    private static FamilyDossier.Adult parent(FamilyDossier dossier, ParentRank rank) {
        return dossier.parents().stream().filter(parent -> parent.rank() == rank).findFirst()
                .orElse(new FamilyDossier.Adult(rank, null, null, null, null, null, null, null));
    }
}
