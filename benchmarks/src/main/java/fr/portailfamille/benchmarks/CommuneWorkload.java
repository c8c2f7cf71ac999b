package fr.portailfamille.benchmarks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.billing.BillingMonth;
import fr.portailfamille.api.enrolment.EnrolmentId;
import fr.portailfamille.api.enrolment.RequestEnrolment;
import fr.portailfamille.api.enrolment.ValidateEnrolment;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.RecordConsents;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.reservation.ActivityDay;
import fr.portailfamille.api.reservation.AttendanceEntry;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.Decision;
import fr.portailfamille.api.reservation.FindActivityDay;
import fr.portailfamille.api.reservation.PendingDay;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.api.reservation.StaffDecision;
import fr.portailfamille.domain.catalogue.DemoCommune;
import fr.portailfamille.web.billing.BillingDesk;
import fr.portailfamille.web.reservation.ChildReservations;
import fr.portailfamille.web.reservation.ChildReservations.DatedChange;
import fr.portailfamille.web.reservation.StaffDesk;
import fr.portailfamille.web.security.PortailUser;

/**
 * A school year of a commune of N families, driven through the portal's own services and the command gateway: in
 * August families enrol their children and spread a typical week over the year (RS for all, APS for one child in two,
 * the Wednesday for one in four), then change and cancel a few days; staff validate the requests; then, month by
 * month from September to December, staff take attendance every day and close the month.
 */
final class CommuneWorkload {
    static final LocalDate YEAR_FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate YEAR_TO = LocalDate.of(2027, 7, 2);
    private static final List<YearMonth> CLOSED_MONTHS = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10),
            YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    private static final List<DayOfWeek> SCHOOL_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** A child of the generated commune and the activities it is enrolled in. */
    record Child(String familyId, String childId, List<String> activities) {
        PortailUser parent() {
            String email = familyId + "@bench.test";
            return new PortailUser(AccountId.forEmail(email).value(), email, Role.PARENT, familyId, "");
        }
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ChildReservations reservations;
    private final StaffDesk staffDesk;
    private final BillingDesk billingDesk;
    private final WorkloadClock clock;
    private final Portal portal;
    private final int threads;
    private final List<Child> children;

    CommuneWorkload(Portal portal, int families, int childCount, int threads) {
        this.commands = portal.bean(CommandGateway.class);
        this.queries = portal.bean(QueryGateway.class);
        this.reservations = portal.bean(ChildReservations.class);
        this.staffDesk = portal.bean(StaffDesk.class);
        this.billingDesk = portal.bean(BillingDesk.class);
        this.clock = (WorkloadClock) portal.bean(Clock.class);
        this.portal = portal;
        this.threads = threads;
        this.children = children(families, childCount);
    }

    List<Child> children() {
        return children;
    }

    /**
     * The whole school year up to the close of December. Each step that sends commands tells how many events it
     * appended; the read models are awaited after the steps that leave them the most to do, so that each catch-up is
     * timed on its own rather than within the next step.
     */
    void run() {
        clock.moveTo(LocalDate.of(2026, 8, 24).atTime(8, 0).toInstant(ZoneOffset.UTC));
        appending("families and children registered",
                () -> Parallel.forEach(families(), threads, this::registerFamily));
        appending("enrolments, typical weeks, changes",
                () -> Parallel.forEach(children, threads, this::enrolAndPlanTheYear));
        catchingUp("read models caught up");
        appending("requests validated by staff", this::decidePendingRequests);
        catchingUp("read models caught up with the staff's decisions");
        for (YearMonth month : CLOSED_MONTHS) {
            clock.moveTo(month.atEndOfMonth().atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC));
            appending("attendance of " + month, () -> takeAttendance(month));
            clock.moveTo(month.plusMonths(1).atDay(1).atTime(LocalTime.of(6, 0)).toInstant(ZoneOffset.UTC));
            catchingUp("read models caught up with the attendance of " + month);
            appending("close of " + month, () -> billingDesk.close(new BillingMonth(month.toString())));
        }
        portal.awaitReadModels();
    }

    private void appending(String step, Runnable commandsSent) {
        long headBefore = portal.headPosition();
        commandsSent.run();
        Progress.done(String.format("%s (%,d events)", step, portal.headPosition() - headBefore));
    }

    /** Tells how long each processor took to catch up, slowest first: people do not wait for every read model alike. */
    private void catchingUp(String step) {
        Map<String, Double> secondsToHead = portal.awaitReadModels();
        String byProcessor = secondsToHead.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(processor -> String.format("%s %.1f s", processor.getKey(), processor.getValue()))
                .collect(Collectors.joining(", "));
        Progress.done(step + " (" + byProcessor + ")");
    }

    /** 20 changes of one child's RS days in the months to come, as its parent sends them from the grid. */
    List<DatedChange> gridSubmission(Random random, LocalDate from) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; days.size() < 20; day = day.plusDays(1)) {
            if (SCHOOL_DAYS.contains(day.getDayOfWeek()) && random.nextInt(3) == 0) {
                days.add(day);
            }
        }
        return days.stream().map(day -> new DatedChange(day, "RS_REPAS",
                random.nextBoolean() ? ReservationAction.RESERVE : ReservationAction.CANCEL)).toList();
    }

    /** Runs {@code action} as the child's parent: the commands it sends are stamped with a parent's role. */
    static <R> R asParent(Child child, Supplier<R> action) {
        PortailUser parent = child.parent();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(parent, null, parent.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<Child> children(int families, int childCount) {
        List<Child> all = new ArrayList<>();
        for (int i = 0; i < Math.max(families, childCount); i++) {
            int family = i % families;
            List<String> activities = new ArrayList<>(List.of(DemoCommune.RS));
            if (i % 2 == 0) {
                activities.add(DemoCommune.APS);
            }
            if (i % 4 == 1) {
                activities.add(DemoCommune.MERC);
            }
            all.add(new Child("family-bench-" + family, "child-bench-" + i, List.copyOf(activities)));
        }
        return List.copyOf(all);
    }

    private List<String> families() {
        return children.stream().map(Child::familyId).distinct().toList();
    }

    private void registerFamily(String familyId) {
        int number = Integer.parseInt(familyId.substring(familyId.lastIndexOf('-') + 1));
        commands.sendAndWait(new CreateFamily(familyId, new ResponsibleAdult("Mme", "Parent" + number, "Famille"
                + number, familyId + "@bench.test", "0600000000"), 300 + number % 1500));
        commands.sendAndWait(new RecordConsents(familyId, true, false));
        children.stream().filter(child -> child.familyId().equals(familyId)).forEach(child -> commands.sendAndWait(
                new AddChild(familyId, child.childId(), "Enfant", "Famille" + number, LocalDate.of(2018, 3, 14),
                        child.childId().hashCode() % 2 == 0 ? Sex.F : Sex.M)));
    }

    private void enrolAndPlanTheYear(Child child) {
        Random random = new Random(child.childId().hashCode());
        for (String activity : child.activities()) {
            String enrolmentId = EnrolmentId.of(child.childId(), activity + "-2026-2027").value();
            commands.sendAndWait(new RequestEnrolment(enrolmentId, child.childId(), child.familyId(),
                    activity + "-2026-2027"));
            commands.sendAndWait(new ValidateEnrolment(enrolmentId));
            asParent(child, () -> reservations.applyTypicalWeek(child.childId(), activity, YEAR_FROM, YEAR_TO,
                    typicalWeek(activity, random)));
        }
        if (random.nextInt(5) == 0) {
            asParent(child, () -> reservations.change(child.childId(), DemoCommune.RS,
                    gridSubmission(random, YEAR_FROM.plusWeeks(random.nextInt(30))).subList(0, 5)));
        }
    }

    private static Map<DayOfWeek, List<String>> typicalWeek(String activity, Random random) {
        if (DemoCommune.MERC.equals(activity)) {
            return Map.of(DayOfWeek.WEDNESDAY, List.of("MERC_MIDI", "MERC_APM"));
        }
        List<String> units = DemoCommune.APS.equals(activity)
                ? (random.nextBoolean() ? List.of("APS_MATIN") : List.of("APS_SOIR", "APS_GOUTER"))
                : List.of("RS_REPAS");
        Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
        SCHOOL_DAYS.stream().filter(day -> random.nextInt(4) != 0).forEach(day -> week.put(day, units));
        return week;
    }

    /** Staff validate every request of the activities they validate by hand, day by day. */
    private void decidePendingRequests() {
        for (String activity : List.of(DemoCommune.APS, DemoCommune.MERC)) {
            List<PendingDay> pending = staffDesk.pendingDays(activity);
            Parallel.forEach(pending, threads, day -> {
                List<StaffDecision> decisions = cells(activity, day.date()).stream()
                        .filter(cell -> cell.state() == CellState.REQUESTED)
                        .map(cell -> new StaffDecision(cell.childId(), cell.unitId(), Decision.VALIDATE, null))
                        .toList();
                if (!decisions.isEmpty()) {
                    staffDesk.decide(activity, day.date(), decisions);
                }
            });
        }
    }

    /** Staff take the call of every day of the month: most children come, a few are absent, some with a reason. */
    private void takeAttendance(YearMonth month) {
        List<LocalDate> days = month.atDay(1).datesUntil(month.plusMonths(1).atDay(1)).toList();
        for (String activity : List.of(DemoCommune.RS, DemoCommune.APS, DemoCommune.MERC)) {
            Parallel.forEach(days, threads, date -> {
                Random random = new Random(date.hashCode() + activity.hashCode());
                List<AttendanceEntry> call = cells(activity, date).stream()
                        .filter(cell -> cell.state() == CellState.VALIDATED)
                        .map(cell -> new AttendanceEntry(cell.childId(), cell.unitId(), attendance(random)))
                        .toList();
                if (!call.isEmpty()) {
                    staffDesk.recordAttendance(activity, date, call);
                }
            });
        }
    }

    private static AttendanceStatus attendance(Random random) {
        int draw = random.nextInt(100);
        return draw < 90 ? AttendanceStatus.PRESENT : draw < 97 ? AttendanceStatus.ABSENT
                : AttendanceStatus.ABSENT_JUSTIFIED;
    }

    private List<ActivityDay.Cell> cells(String activity, LocalDate date) {
        return queries.query(new FindActivityDay(activity, date), ResponseTypes.instanceOf(ActivityDay.class)).join()
                .cells();
    }
}
