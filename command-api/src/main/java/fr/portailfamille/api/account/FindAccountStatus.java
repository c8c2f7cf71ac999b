package fr.portailfamille.api.account;

/** The status of the account that logs in with this email, if any; an optional {@link AccountStatus}. */
public record FindAccountStatus(String email) {
}
