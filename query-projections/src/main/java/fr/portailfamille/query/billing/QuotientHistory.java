package fr.portailfamille.query.billing;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.api.catalogue.QuotientBracket;

/**
 * A family's quotient familial over time: the quotient given when the dossier was opened, then the quotients set
 * by staff for a validity range. On a date, the last range set that covers it wins; outside every range, the
 * dossier's quotient holds (unknown: bracket C).
 */
record QuotientHistory(Integer openingQuotient, List<Period> periods) {

    QuotientHistory {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** A quotient from {@code validFrom} to {@code validUntil}, both included. */
    record Period(int quotient, LocalDate validFrom, LocalDate validUntil) {
        boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && !date.isAfter(validUntil);
        }
    }

    QuotientBracket bracketOn(LocalDate date) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).covers(date)) {
                return QuotientBracket.of(periods.get(i).quotient());
            }
        }
        return QuotientBracket.of(openingQuotient);
    }
}
