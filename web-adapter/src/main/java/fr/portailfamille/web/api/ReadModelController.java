package fr.portailfamille.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.web.replay.ReadModelRebuild;
import fr.portailfamille.web.replay.RebuildStatus;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** Staff start a rebuild of every read model from the events and follow it. */
@RestController
@RequestMapping("/api/staff/read-models/rebuild")
public class ReadModelController {
    private final ReadModelRebuild rebuild;
    private final FamilyAccess access;

    public ReadModelController(ReadModelRebuild rebuild, FamilyAccess access) {
        this.rebuild = rebuild;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<RebuildStatus> start(@AuthenticationPrincipal PortailUser user) {
        access.requireStaff(user);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @GetMapping
    public RebuildStatus status(@AuthenticationPrincipal PortailUser user) {
        access.requireStaffOrAuditor(user);
        return rebuild.status();
    }
}
