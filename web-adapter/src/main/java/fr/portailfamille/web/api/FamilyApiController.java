package fr.portailfamille.web.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.ChildMedicalDossier;
import fr.portailfamille.api.family.ConfirmDossierReviewed;
import fr.portailfamille.api.family.DossierYear;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FamilyHistoryEntry;
import fr.portailfamille.api.family.FamilySummary;
import fr.portailfamille.api.family.FindFamilies;
import fr.portailfamille.api.family.FindFamilyHistory;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.MedicalStatus;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.SetQuotientFamilial;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.web.family.FamilyAccounts;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.family.FamilyDossiers;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Family dossiers: creation by staff, the dossier, children, consents, quotient, login email and history. */
@RestController
@RequestMapping("/api/families")
public class FamilyApiController {
    private static final int LIST_LIMIT = 200;

    private final FamilyAccounts accounts;
    private final FamilyDossiers dossiers;
    private final FamilyCommands commands;
    private final QueryGateway queryGateway;
    private final FamilyAccess access;
    private final Clock clock;

    public FamilyApiController(FamilyAccounts accounts, FamilyDossiers dossiers, FamilyCommands commands,
                               QueryGateway queryGateway, FamilyAccess access, Clock clock) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.commands = commands;
        this.queryGateway = queryGateway;
        this.access = access;
        this.clock = clock;
    }

    public record Parent1(@NotBlank @Size(max = 10) String civility, @NotBlank @Size(max = 100) String firstName,
                          @NotBlank @Size(max = 100) String lastName, @NotBlank @Email @Size(max = 200) String email,
                          @Size(max = 20) String mobile) {
    }

    public record NewFamily(@Valid @NotNull Parent1 parent1, @PositiveOrZero @Max(100_000) Integer quotient) {
    }

    public record Created(String familyId, String activationToken) {
    }

    public record NewChild(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                           @NotNull LocalDate birthDate, @NotNull Sex sex) {
    }

    public record ChildCreated(String childId) {
    }

    public record Consents(@NotNull Boolean personalData, @NotNull Boolean medicalData) {
    }

    public record Quotient(@NotNull @PositiveOrZero @Max(100_000) Integer quotient, @NotNull LocalDate validFrom,
                           @NotNull LocalDate validUntil) {
    }

    public record LoginEmail(@NotBlank @Email @Size(max = 200) String email) {
    }

    public record ActivationLink(String activationToken) {
    }

    public record Contact(@NotNull List<FamilyDossier.Adult> parents, FamilyDossier.Address address,
                          FamilyDossier.Allocataire allocataire) {
    }

    public record FamilyView(String familyId, String loginEmail, List<FamilyDossier.Adult> parents,
                             FamilyDossier.Address address, FamilyDossier.Allocataire allocataire, Integer quotient,
                             LocalDate quotientValidFrom, LocalDate quotientValidUntil, Consents consents,
                             boolean dossierReviewed, List<ChildView> children) {
    }

    public record ChildView(String childId, String firstName, String lastName, LocalDate birthDate, Sex sex,
                            String school, String schoolClass, Map<Authorisation, Boolean> authorisations,
                            List<FamilyDossier.AuthorisedPerson> authorisedPersons, MedicalView medical) {
    }

    public record MedicalView(MedicalStatus status, MedicalDossier dossier) {
    }

    @PostMapping
    public ResponseEntity<Created> create(@AuthenticationPrincipal PortailUser user,
                                          @Valid @RequestBody NewFamily request) {
        access.requireStaff(user);
        Parent1 parent1 = request.parent1();
        FamilyAccounts.NewFamily created = accounts.createFamily(new ResponsibleAdult(parent1.civility(),
                parent1.firstName(), parent1.lastName(), parent1.email(), parent1.mobile()), request.quotient());
        return ResponseEntity.created(URI.create("/api/families/" + created.familyId()))
                .body(new Created(created.familyId(), created.activationToken()));
    }

    @GetMapping
    public List<FamilySummary> list(@AuthenticationPrincipal PortailUser user,
                                    @RequestParam(defaultValue = "") @Size(max = 100) String search) {
        access.requireStaffOrAuditor(user);
        return queryGateway.query(new FindFamilies(search, LIST_LIMIT),
                ResponseTypes.multipleInstancesOf(FamilySummary.class)).join();
    }

    @GetMapping("/{familyId}")
    public FamilyView dossier(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        access.requireFamily(user, familyId, Intent.READ);
        FamilyDossier dossier = dossiers.dossier(familyId);
        Map<String, ChildMedicalDossier> medical = dossiers.medicalByChild(familyId);
        LocalDate today = LocalDate.now(clock);
        FamilyDossier.QuotientPeriod period = dossier.quotientOn(today);
        return new FamilyView(dossier.familyId(), dossier.loginEmail(), dossier.parents(), dossier.address(),
                dossier.allocataire(), dossier.quotientValueOn(today), period == null ? null : period.validFrom(),
                period == null ? null : period.validUntil(),
                new Consents(dossier.personalDataConsent(), dossier.medicalDataConsent()),
                dossier.reviewedFor(DossierYear.of(today)), dossier.children().stream()
                .map(child -> new ChildView(child.childId(), child.firstName(), child.lastName(), child.birthDate(),
                        child.sex(), child.school(), child.schoolClass(), child.authorisations(),
                        child.authorisedPersons(), medicalView(medical.get(child.childId()))))
                .toList());
    }

    /** A child added since the medical dossiers were read has none yet. */
    private static MedicalView medicalView(ChildMedicalDossier medical) {
        return medical == null ? new MedicalView(MedicalStatus.NONE, null)
                : new MedicalView(medical.status(), medical.dossier());
    }

    @PostMapping("/{familyId}/children")
    public ResponseEntity<ChildCreated> addChild(@AuthenticationPrincipal PortailUser user,
                                                 @PathVariable String familyId, @Valid @RequestBody NewChild request) {
        access.requireFamily(user, familyId, Intent.WRITE);
        String childId = ChildId.newId().value();
        commands.send(new AddChild(familyId, childId, request.firstName(), request.lastName(), request.birthDate(),
                request.sex()));
        return ResponseEntity.created(URI.create("/api/children/" + childId)).body(new ChildCreated(childId));
    }

    /** The parent's own answers: staff cannot consent on a family's behalf. */
    @PostMapping("/{familyId}/consents")
    public ResponseEntity<Void> consents(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                         @Valid @RequestBody Consents request) {
        access.requireFamily(user, familyId, Intent.WRITE);
        if (user.role() != Role.PARENT) {
            throw ApiException.forbidden();
        }
        commands.send(new RecordConsents(familyId, request.personalData(), request.medicalData()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{familyId}/contact")
    public ResponseEntity<Void> contact(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                        @Valid @RequestBody Contact request) {
        access.requireFamily(user, familyId, Intent.WRITE);
        commands.updateContacts(familyId, request.parents(), request.address(), request.allocataire());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{familyId}/review")
    public ResponseEntity<Void> review(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        access.requireFamily(user, familyId, Intent.WRITE);
        commands.send(new ConfirmDossierReviewed(familyId));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{familyId}/quotient")
    public ResponseEntity<Void> quotient(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                         @Valid @RequestBody Quotient request) {
        access.requireFamily(user, familyId, Intent.WRITE);
        access.requireStaff(user);
        commands.send(new SetQuotientFamilial(familyId, request.quotient(), request.validFrom(),
                request.validUntil()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{familyId}/email")
    public ActivationLink loginEmail(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                     @Valid @RequestBody LoginEmail request) {
        access.requireFamily(user, familyId, Intent.WRITE);
        access.requireStaff(user);
        return new ActivationLink(accounts.changeLoginEmail(familyId, request.email()));
    }

    @PostMapping("/{familyId}/activation-link")
    public ActivationLink activationLink(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        access.requireFamily(user, familyId, Intent.WRITE);
        access.requireStaff(user);
        return new ActivationLink(accounts.issueActivationLink(familyId));
    }

    @GetMapping("/{familyId}/history")
    public List<FamilyHistoryEntry> history(@AuthenticationPrincipal PortailUser user,
                                            @PathVariable String familyId) {
        access.requireFamily(user, familyId, Intent.READ);
        access.requireStaffOrAuditor(user);
        dossiers.dossier(familyId);
        return queryGateway.query(new FindFamilyHistory(familyId),
                ResponseTypes.multipleInstancesOf(FamilyHistoryEntry.class)).join();
    }
}
