package fr.portailfamille.api.account;

/** What happened to a login account. */
public sealed interface AccountEvent permits AccountRegistered {
    String accountId();
}
