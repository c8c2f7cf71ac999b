package fr.portailfamille.api.form;

/** Every form on offer, in publication order; a list of {@link PublishedForm}. */
public record FindPublishedForms() {
}
