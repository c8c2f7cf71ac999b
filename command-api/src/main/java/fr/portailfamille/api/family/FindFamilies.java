package fr.portailfamille.api.family;

/**
 * The families whose responsible adults, children or login email contain {@code search} (case and accents
 * ignored; blank: all), sorted by name, at most {@code limit}; answers a list of {@link FamilySummary}.
 */
public record FindFamilies(String search, int limit) {
}
