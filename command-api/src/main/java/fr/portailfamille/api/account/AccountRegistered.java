package fr.portailfamille.api.account;

import org.axonframework.serialization.Revision;

import fr.portailfamille.api.Role;

@Revision("1")
public record AccountRegistered(String accountId, String email, Role role, String familyId, String passwordHash)
        implements AccountEvent {
}
