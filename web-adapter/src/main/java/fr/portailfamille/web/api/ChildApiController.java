package fr.portailfamille.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.RecordMedicalDossier;
import fr.portailfamille.api.family.RemoveAuthorisedPerson;
import fr.portailfamille.api.family.SetAuthorisations;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.family.UpdateChild;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A child's part of the dossier: identity and schooling, authorisations, authorised persons, medical dossier. */
@RestController
@RequestMapping("/api/children/{childId}")
public class ChildApiController {
    private final FamilyCommands commands;
    private final FamilyAccess access;

    public ChildApiController(FamilyCommands commands, FamilyAccess access) {
        this.commands = commands;
        this.access = access;
    }

    public record Identity(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                           @NotNull LocalDate birthDate, @NotNull Sex sex, @Size(max = 100) String school,
                           @Size(max = 100) String schoolClass) {
    }

    public record NewAuthorisedPerson(@NotBlank @Size(max = 100) String name, @Size(max = 60) String relation,
                                      @NotBlank @Size(max = 20) String phone) {
    }

    public record PersonCreated(String personId) {
    }

    @PutMapping
    public ResponseEntity<Void> identity(@AuthenticationPrincipal PortailUser user, @PathVariable String childId,
                                         @Valid @RequestBody Identity request) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        commands.send(new UpdateChild(child.familyId(), childId, request.firstName(), request.lastName(),
                request.birthDate(), request.sex(), request.school(), request.schoolClass()));
        return ResponseEntity.noContent().build();
    }

    /** The seven answers, e.g. {@code {"OUTINGS": true, …, "MULTISPORT": false}}. */
    @PutMapping("/authorisations")
    public ResponseEntity<Void> authorisations(@AuthenticationPrincipal PortailUser user,
                                               @PathVariable String childId,
                                               @RequestBody Map<Authorisation, Boolean> answers) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        commands.send(new SetAuthorisations(child.familyId(), childId, answers));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/authorised-persons")
    public ResponseEntity<PersonCreated> addAuthorisedPerson(@AuthenticationPrincipal PortailUser user,
                                                             @PathVariable String childId,
                                                             @Valid @RequestBody NewAuthorisedPerson request) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        String personId = "person-" + UUID.randomUUID();
        commands.send(new AddAuthorisedPerson(child.familyId(), childId, personId, request.name(),
                request.relation(), request.phone()));
        return ResponseEntity.created(URI.create("/api/children/" + childId + "/authorised-persons/" + personId))
                .body(new PersonCreated(personId));
    }

    @DeleteMapping("/authorised-persons/{personId}")
    public ResponseEntity<Void> removeAuthorisedPerson(@AuthenticationPrincipal PortailUser user,
                                                       @PathVariable String childId, @PathVariable String personId) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        commands.send(new RemoveAuthorisedPerson(child.familyId(), childId, personId));
        return ResponseEntity.noContent().build();
    }

    /** Refused with 403 {@code MEDICAL_CONSENT_REQUIRED} unless the family consented to medical data. */
    @PutMapping("/medical-dossier")
    public ResponseEntity<Void> medicalDossier(@AuthenticationPrincipal PortailUser user,
                                               @PathVariable String childId, @RequestBody MedicalDossier dossier) {
        ChildSummary child = access.child(user, childId, Intent.WRITE);
        commands.send(new RecordMedicalDossier(child.familyId(), childId, dossier));
        return ResponseEntity.noContent().build();
    }
}
