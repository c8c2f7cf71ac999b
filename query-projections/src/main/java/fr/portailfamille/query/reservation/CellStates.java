package fr.portailfamille.query.reservation;

import java.util.Map;
import java.util.Optional;

import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.ReservationWithdrawn;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;

/** The state a slot event leaves its cell in, as the legend names it; a deadline override changes no cell. */
final class CellStates {
    private static final Map<Class<?>, CellState> FIXED = Map.of(
            ReservationRequested.class, CellState.REQUESTED,
            ReservationWaitlisted.class, CellState.WAITLISTED,
            ReservationValidated.class, CellState.VALIDATED,
            CancellationRequested.class, CellState.CANCELLATION_REQUESTED,
            ReservationRejected.class, CellState.FREE,
            ReservationWithdrawn.class, CellState.FREE,
            ReservationCancelled.class, CellState.FREE);

    private CellStates() {
    }

    static Optional<CellState> after(SlotEvent event) {
        if (event instanceof WaitlistedReservationPromoted promoted) {
            return Optional.of(promoted.becomes());
        }
        if (event instanceof AttendanceRecorded attendance) {
            return Optional.of(CellState.valueOf(attendance.status().name()));
        }
        return Optional.ofNullable(FIXED.get(event.getClass()));
    }

    /**
     * A document field name for a cell: MongoDB field names must not hold '.' nor start with '$', and '|' parts the
     * two ids ({@link #idsOf}).
     */
    static String key(String first, String second) {
        return escape(first) + "|" + escape(second);
    }

    /** The two ids of a {@link #key}. */
    static String[] idsOf(String key) {
        String[] parts = key.split("\\|");
        return new String[] {unescape(parts[0]), unescape(parts[1])};
    }

    private static String escape(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24").replace("|", "%7C");
    }

    private static String unescape(String id) {
        return id.replace("%7C", "|").replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
