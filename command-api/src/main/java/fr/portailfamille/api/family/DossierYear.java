package fr.portailfamille.api.family;

import java.time.LocalDate;

/**
 * The school year a dossier review counts for, e.g. {@code 2026-2027}. Families prepare the coming year from July
 * on (seed: enrolments in July), so a review from 1 July counts for the year that starts in September.
 */
public record DossierYear(String value) {

    public DossierYear {
        if (value == null || !value.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(value.substring(5)) != Integer.parseInt(value.substring(0, 4)) + 1) {
            throw new IllegalArgumentException("Une année scolaire s'écrit comme 2026-2027.");
        }
    }

    public static DossierYear of(LocalDate date) {
        int start = date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
        return new DossierYear(start + "-" + (start + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
