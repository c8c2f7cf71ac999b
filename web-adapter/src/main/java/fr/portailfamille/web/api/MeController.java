package fr.portailfamille.web.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.Role;
import fr.portailfamille.web.security.PortailUser;

@RestController
@RequestMapping("/api/me")
public class MeController {

    public record Me(String userId, String email, Role role, String familyId) {
    }

    @GetMapping
    public Me me(@AuthenticationPrincipal PortailUser user) {
        return new Me(user.userId(), user.email(), user.role(), user.familyId());
    }
}
