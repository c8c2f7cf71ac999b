package fr.portailfamille.api.account;

/** The credentials of the account that logs in with this email, if any. */
public record FindAccountByEmail(String email) {
}
