package fr.portailfamille.web.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.web.family.FamilyAccounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Account activation, open to anyone holding a link: the token is the credential. */
@RestController
@RequestMapping("/api/accounts")
public class AccountApiController {
    private final FamilyAccounts accounts;

    public AccountApiController(FamilyAccounts accounts) {
        this.accounts = accounts;
    }

    public record Activation(@NotBlank @Size(max = 100) String token, @NotNull String password) {
    }

    /** 400 {@code WEAK_PASSWORD} under 12 characters; 409 {@code TOKEN_INVALID} for a used or expired link. */
    @PostMapping("/activate")
    public ResponseEntity<Void> activate(@Valid @RequestBody Activation request) {
        accounts.activate(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }
}
