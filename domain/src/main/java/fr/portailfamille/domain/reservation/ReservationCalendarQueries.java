package fr.portailfamille.domain.reservation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;

import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.reservation.FindChildReservablePeriods;
import fr.portailfamille.api.reservation.FindReservationCalendar;
import fr.portailfamille.api.reservation.ReservablePeriod;
import fr.portailfamille.api.reservation.ReservationCalendar;
import fr.portailfamille.domain.calendar.CalendarView;
import fr.portailfamille.domain.calendar.DeadlinePolicy;
import fr.portailfamille.domain.catalogue.ActivityView;
import fr.portailfamille.domain.catalogue.CatalogueLookup;
import fr.portailfamille.domain.catalogue.PeriodView;
import fr.portailfamille.domain.catalogue.UnitOpeningPolicy;
import fr.portailfamille.domain.catalogue.UnitView;
import fr.portailfamille.domain.enrolment.EnrolmentLookup;
import fr.portailfamille.domain.enrolment.EnrolmentStanding;

/**
 * What the grid and the typical week need from the command side's rules, answered from the same cached catalogue,
 * calendar and enrolments the slots decide with: which units open on which day, each day's deadline, which days an
 * enrolment covers. The read models hold cell states only; this is the other half of a grid.
 */
public class ReservationCalendarQueries {
    /** A calendar is asked for a month or a school year at most. */
    static final int MAX_DAYS = 400;

    private final CatalogueLookup catalogue;
    private final EnrolmentLookup enrolments;

    public ReservationCalendarQueries(CatalogueLookup catalogue, EnrolmentLookup enrolments) {
        this.catalogue = catalogue;
        this.enrolments = enrolments;
    }

    @QueryHandler
    public Optional<ReservationCalendar> handle(FindReservationCalendar query) {
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())
                || ChronoUnit.DAYS.between(query.from(), query.to()) >= MAX_DAYS) {
            throw new IllegalArgumentException("Un calendrier va d'une date à une date postérieure, sur "
                    + MAX_DAYS + " jours au plus.");
        }
        return catalogue.catalogue().activity(query.activityId())
                .map(activity -> calendar(query.childId(), activity, query.from(), query.to()));
    }

    @QueryHandler
    public List<ReservablePeriod> handle(FindChildReservablePeriods query) {
        List<ReservablePeriod> reservable = new ArrayList<>();
        for (ActivityView activity : catalogue.catalogue().activities().values()) {
            for (PeriodView period : activity.periods()) {
                EnrolmentStanding standing = enrolments.standing(query.childId(), period.periodId());
                if (standing.covers(period.from())) {
                    LocalDate to = standing.status() == EnrolmentStatus.ENDED
                            && standing.endsFrom().isBefore(period.to()) ? standing.endsFrom().minusDays(1)
                            : period.to();
                    reservable.add(new ReservablePeriod(activity.activityId(), activity.label(), period.periodId(),
                            period.label(), period.from(), to));
                }
            }
        }
        return reservable;
    }

    private ReservationCalendar calendar(String childId, ActivityView activity, LocalDate from, LocalDate to) {
        CalendarView calendar = catalogue.calendar();
        DeadlinePolicy deadlines = new DeadlinePolicy(calendar);
        Map<String, EnrolmentStanding> standingByPeriod = new HashMap<>();
        List<ReservationCalendar.Day> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDate day = date;
            boolean enrolled = activity.periodContaining(day)
                    .map(period -> standingByPeriod.computeIfAbsent(period.periodId(),
                            periodId -> enrolments.standing(childId, periodId)).covers(day))
                    .orElse(false);
            List<String> open = activity.units().stream()
                    .filter(unit -> UnitOpeningPolicy.isOpen(activity, unit, day, calendar))
                    .map(UnitView::unitId).toList();
            days.add(new ReservationCalendar.Day(day, deadlines.deadline(activity.deadlineRule(), day), enrolled,
                    open));
        }
        List<ReservationCalendar.Unit> units = activity.units().stream()
                .map(unit -> new ReservationCalendar.Unit(unit.unitId(), unit.label(), unit.capacity(),
                        unit.requiresAnyOf(), unit.excludes(), unit.opening().weekdays()))
                .toList();
        return new ReservationCalendar(activity.activityId(), activity.label(), activity.validationMode(), units,
                days);
    }
}
