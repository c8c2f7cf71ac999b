package fr.portailfamille.api.billing;

import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.catalogue.Tariff;

/**
 * The price of one billed day, the one definition that the preview (read side) and the month close (command side)
 * share: the unit's tariff for the bracket, plus {@code unbookedSurchargePercent} for a presence without
 * reservation, rounded to the nearest cent (half up).
 */
public record LinePricing(int unbookedSurchargePercent) {
    public LinePricing {
        if (unbookedSurchargePercent < 0 || unbookedSurchargePercent > 1000) {
            throw new IllegalArgumentException("the unbooked surcharge is a percentage between 0 and 1000");
        }
    }

    public int amount(Tariff tariff, QuotientBracket bracket, LineReason reason) {
        int price = tariff.priceFor(bracket);
        if (reason == LineReason.RESERVED) {
            return price;
        }
        return Math.toIntExact((price * (100L + unbookedSurchargePercent) + 50) / 100);
    }
}
