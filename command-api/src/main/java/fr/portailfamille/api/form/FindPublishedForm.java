package fr.portailfamille.api.form;

/** One form on offer by id, if still published; answers an optional {@link PublishedForm}. */
public record FindPublishedForm(String formId) {
}
