package fr.portailfamille.api.catalogue;

/** A unit's price per day in euro cents for each quotient bracket. */
public record Tariff(int bracketA, int bracketB, int bracketC) {
    public Tariff {
        if (bracketA < 0 || bracketB < 0 || bracketC < 0) {
            throw new IllegalArgumentException("a price cannot be negative");
        }
    }

    public static Tariff flat(int cents) {
        return new Tariff(cents, cents, cents);
    }

    public int priceFor(QuotientBracket bracket) {
        return switch (bracket) {
            case A -> bracketA;
            case B -> bracketB;
            case C -> bracketC;
        };
    }
}
