package fr.portailfamille.api.catalogue;

/** Tariff brackets by quotient familial: A up to 700, B from 701 to 1200, C above or unknown. */
public enum QuotientBracket {
    A, B, C;

    public static QuotientBracket of(Integer quotient) {
        if (quotient == null) {
            return C;
        }
        if (quotient <= 700) {
            return A;
        }
        return quotient <= 1200 ? B : C;
    }
}
