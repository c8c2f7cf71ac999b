package fr.portailfamille.web.reservation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.reservation.FindChildReservablePeriods;
import fr.portailfamille.api.reservation.ReservablePeriod;

/** The periods in which a child may reserve, and what the pages derive from them: months to show, today's period. */
@Component
public class ReservablePeriods {
    private final QueryGateway queryGateway;
    private final Clock clock;

    public ReservablePeriods(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    public List<ReservablePeriod> of(String childId) {
        return queryGateway.query(new FindChildReservablePeriods(childId),
                ResponseTypes.multipleInstancesOf(ReservablePeriod.class)).join();
    }

    /** The period of this activity that today falls in, else the next one, else the last one. */
    public Optional<ReservablePeriod> current(String childId, String activityId) {
        LocalDate today = LocalDate.now(clock);
        List<ReservablePeriod> periods = of(childId, activityId);
        return periods.stream().filter(period -> !period.to().isBefore(today)).findFirst()
                .or(() -> periods.stream().reduce((first, last) -> last));
    }

    /** The months of the child's periods in this activity, or the current month when it has none. */
    public List<YearMonth> months(String childId, String activityId) {
        List<ReservablePeriod> periods = of(childId, activityId);
        YearMonth now = YearMonth.now(clock);
        YearMonth first = periods.stream().map(period -> YearMonth.from(period.from())).min(Comparator.naturalOrder())
                .orElse(now);
        YearMonth last = periods.stream().map(period -> YearMonth.from(period.to())).max(Comparator.naturalOrder())
                .orElse(now);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The month a grid opens on: this month when it is one of {@code months}, else the next one, else the last. */
    public YearMonth defaultMonth(List<YearMonth> months) {
        YearMonth now = YearMonth.now(clock);
        return months.contains(now) || months.isEmpty() ? now
                : months.stream().filter(month -> month.isAfter(now)).findFirst()
                .orElse(months.get(months.size() - 1));
    }

    private List<ReservablePeriod> of(String childId, String activityId) {
        return of(childId).stream().filter(period -> period.activityId().equals(activityId))
                .sorted(Comparator.comparing(ReservablePeriod::from)).toList();
    }
}
