package fr.portailfamille.api.account;

/** Where a login happens: the pages' form or the JSON API's HTTP Basic. */
public enum LoginChannel {
    FORM, API
}
