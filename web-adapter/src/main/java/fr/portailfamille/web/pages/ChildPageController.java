package fr.portailfamille.web.pages;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.RecordMedicalDossier;
import fr.portailfamille.api.family.RemoveAuthorisedPerson;
import fr.portailfamille.api.family.SetAuthorisations;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.family.UpdateChild;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** The forms of a child's card in « Ma famille »: each goes back to the card it came from. */
@Controller
public class ChildPageController {
    private final FamilyCommands commands;
    private final FamilyAccess access;

    public ChildPageController(FamilyCommands commands, FamilyAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/familles/{familyId}/enfants")
    public String addChild(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                           @RequestParam String firstName, @RequestParam String lastName,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
                           @RequestParam Sex sex, RedirectAttributes flash) {
        access.requireFamily(user, familyId, Intent.WRITE);
        String childId = ChildId.newId().value();
        return FamilyPages.change(flash, FamilyPages.dossierPath(user, familyId) + "#enfant-" + childId,
                () -> commands.send(new AddChild(familyId, childId, firstName, lastName, birthDate, sex)));
    }

    @PostMapping("/familles/{familyId}/enfants/{childId}")
    public String identity(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                           @PathVariable String childId, @RequestParam String firstName,
                           @RequestParam String lastName,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
                           @RequestParam Sex sex, @RequestParam(required = false) String school,
                           @RequestParam(required = false) String schoolClass, RedirectAttributes flash) {
        child(user, familyId, childId);
        return FamilyPages.change(flash, back(user, familyId, childId), () -> commands.send(new UpdateChild(
                familyId, childId, firstName, lastName, birthDate, sex, school, schoolClass)));
    }

    /** One oui/non radio group per authorisation, named after it. */
    @PostMapping("/familles/{familyId}/enfants/{childId}/autorisations")
    public String authorisations(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                 @PathVariable String childId, @RequestParam Map<String, String> form,
                                 RedirectAttributes flash) {
        child(user, familyId, childId);
        Map<Authorisation, Boolean> answers = new EnumMap<>(Authorisation.class);
        for (Authorisation authorisation : Authorisation.values()) {
            String answer = form.get(authorisation.name());
            if (answer != null) {
                answers.put(authorisation, FamilyPages.yes(answer));
            }
        }
        return FamilyPages.change(flash, back(user, familyId, childId),
                () -> commands.send(new SetAuthorisations(familyId, childId, answers)));
    }

    @PostMapping("/familles/{familyId}/enfants/{childId}/personnes")
    public String addPerson(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                            @PathVariable String childId, @RequestParam String name,
                            @RequestParam(required = false) String relation, @RequestParam String phone,
                            RedirectAttributes flash) {
        child(user, familyId, childId);
        return FamilyPages.change(flash, back(user, familyId, childId), () -> commands.send(new AddAuthorisedPerson(
                familyId, childId, "person-" + UUID.randomUUID(), name, relation, phone)));
    }

    @PostMapping("/familles/{familyId}/enfants/{childId}/personnes/{personId}/retrait")
    public String removePerson(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                               @PathVariable String childId, @PathVariable String personId,
                               RedirectAttributes flash) {
        child(user, familyId, childId);
        return FamilyPages.change(flash, back(user, familyId, childId),
                () -> commands.send(new RemoveAuthorisedPerson(familyId, childId, personId)));
    }

    @PostMapping("/familles/{familyId}/enfants/{childId}/dossier-medical")
    public String medicalDossier(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                 @PathVariable String childId, @RequestParam(required = false) String doctor,
                                 @RequestParam(required = false) String allergies,
                                 @RequestParam(required = false) String pai,
                                 @RequestParam(required = false) String diet,
                                 @RequestParam(required = false) String vaccinations,
                                 @RequestParam(required = false) String notes, RedirectAttributes flash) {
        child(user, familyId, childId);
        return FamilyPages.change(flash, back(user, familyId, childId), () -> commands.send(
                new RecordMedicalDossier(familyId, childId, new MedicalDossier(doctor, allergies, pai, diet,
                        vaccinations, notes))));
    }

    /** The child, when it belongs to the family of the path and this person may change it. */
    private void child(PortailUser user, String familyId, String childId) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        if (!child.familyId().equals(familyId)) {
            throw ApiException.notFound("Enfant");
        }
    }

    private static String back(PortailUser user, String familyId, String childId) {
        return FamilyPages.dossierPath(user, familyId) + "#enfant-" + childId;
    }
}
