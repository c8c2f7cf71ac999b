package fr.portailfamille.api.account;

import fr.portailfamille.api.Role;

/** What the login needs to know of an account; never leaves the server. */
public record AccountCredentials(String accountId, String email, Role role, String familyId, String passwordHash) {
}
