package fr.portailfamille.domain.catalogue;

import static fr.portailfamille.api.calendar.CalendarMessages.CALENDAR_ID;
import static fr.portailfamille.api.catalogue.CatalogueMessages.CATALOGUE_ID;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.calendar.DeclarePublicHoliday;
import fr.portailfamille.api.calendar.DeclareSchoolHolidays;
import fr.portailfamille.api.calendar.DefineSchoolYear;
import fr.portailfamille.api.calendar.PublicHolidayDeclared;
import fr.portailfamille.api.calendar.SchoolHolidaysDeclared;
import fr.portailfamille.api.calendar.SchoolYearDefined;
import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.DayKind;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.DefineActivity;
import fr.portailfamille.api.catalogue.DefineService;
import fr.portailfamille.api.catalogue.DefineUnit;
import fr.portailfamille.api.catalogue.OpenPeriod;
import fr.portailfamille.api.catalogue.OpeningRule;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.Tariff;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.domain.calendar.CalendarView;

/**
 * The demo commune of the embedded mode (domain.md): its catalogue and its 2026-2027 school calendar (zone B), as the
 * ordered commands that load it. Every command applies exactly one event, listed by {@link #catalogueEvents()} and
 * {@link #calendarEvents()}.
 */
public final class DemoCommune {
    public static final String SERVICE_ID = "APS-ALSH-TAP-RS DREFFEAC";
    public static final String APS = "APS";
    public static final String RS = "RS";
    public static final String MERC = "MERC";
    public static final String ALSH = "ALSH";
    public static final String APS_PERIOD = "APS-2026-2027";
    public static final String RS_PERIOD = "RS-2026-2027";
    public static final String MERC_PERIOD = "MERC-2026-2027";
    public static final String ALSH_PERIOD = "ALSH-2026-2027";

    private static final LocalDate ENROLMENT_FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate ENROLMENT_TO = LocalDate.of(2027, 6, 30);
    private static final LocalDate CLASSES_FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate CLASSES_TO = LocalDate.of(2027, 7, 2);
    private static final LocalDate LAST_PUBLIC_HOLIDAY = LocalDate.of(2027, 7, 14);
    private static final OpeningRule SCHOOL_DAYS = new OpeningRule(Set.of(MONDAY, TUESDAY, THURSDAY, FRIDAY),
            DayKind.SCHOOL_PERIOD);
    private static final OpeningRule WEDNESDAYS = new OpeningRule(Set.of(WEDNESDAY), DayKind.SCHOOL_PERIOD);
    private static final OpeningRule HOLIDAY_WEEKDAYS = new OpeningRule(
            Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), DayKind.HOLIDAYS);

    private DemoCommune() {
    }

    /** Catalogue commands then calendar commands, in the order they must be sent. */
    public static List<Object> commands() {
        List<Object> commands = new ArrayList<>(catalogueCommands());
        commands.addAll(calendarCommands());
        return List.copyOf(commands);
    }

    /**
     * The commands still to send at start-up: the catalogue commands unless the demo catalogue is loaded (its last
     * period exists), the calendar commands unless the demo calendar is loaded (its last public holiday exists). Once
     * loaded, nothing is sent again, so what staff changed since is kept. Re-sending everything would be harmless for
     * the state but not silent: {@code ALSH_MATIN} and {@code ALSH_APM} are defined twice (before and after
     * {@code ALSH_JOUR}, which they exclude), so a second load records their two definitions again.
     */
    public static List<Object> commandsToLoad(CatalogueView catalogue, CalendarView calendar) {
        List<Object> commands = new ArrayList<>();
        if (catalogue.period(ALSH_PERIOD).isEmpty()) {
            commands.addAll(catalogueCommands());
        }
        if (!calendar.isPublicHoliday(LAST_PUBLIC_HOLIDAY)) {
            commands.addAll(calendarCommands());
        }
        return List.copyOf(commands);
    }

    public static List<Object> catalogueCommands() {
        List<Object> c = new ArrayList<>();
        c.add(new DefineService(CATALOGUE_ID, SERVICE_ID, SERVICE_ID));
        c.add(activity(APS, "Accueil périscolaire", ActivityType.PERISCOLAIRE, ValidationMode.MANUAL));
        c.add(unit(APS, "APS_MATIN", "Accueil matin 7h30-8h50", SCHOOL_DAYS, null, List.of(), List.of(),
                new Tariff(80, 120, 160)));
        c.add(unit(APS, "APS_PTDEJ", "Petit déjeuner", SCHOOL_DAYS, null, List.of("APS_MATIN"), List.of(),
                Tariff.flat(60)));
        c.add(unit(APS, "APS_SOIR", "Accueil soir 16h30-18h30", SCHOOL_DAYS, null, List.of(), List.of(),
                new Tariff(120, 180, 240)));
        c.add(unit(APS, "APS_GOUTER", "Goûter", SCHOOL_DAYS, null, List.of("APS_SOIR"), List.of(), Tariff.flat(60)));
        c.add(activity(RS, "Restaurant scolaire", ActivityType.RESTAURATION, ValidationMode.AUTOMATIC));
        c.add(unit(RS, "RS_REPAS", "Repas", SCHOOL_DAYS, null, List.of(), List.of(), new Tariff(100, 280, 390)));
        c.add(activity(MERC, "Accueil mercredi", ActivityType.PERISCOLAIRE, ValidationMode.MANUAL));
        c.add(unit(MERC, "MERC_MIDI", "Accueil 11h45-13h30", WEDNESDAYS, 24, List.of(), List.of(),
                new Tariff(350, 450, 550)));
        c.add(unit(MERC, "MERC_APM", "Après-midi 13h30-18h00", WEDNESDAYS, 24, List.of(), List.of(),
                new Tariff(600, 800, 1000)));
        c.add(unit(MERC, "MERC_GARD", "Garderie 18h-18h30", WEDNESDAYS, null, List.of("MERC_APM"), List.of(),
                Tariff.flat(50)));
        c.add(activity(ALSH, "ALSH vacances", ActivityType.EXTRASCOLAIRE, ValidationMode.MANUAL));
        Tariff halfDay = new Tariff(500, 700, 900);
        c.add(unit(ALSH, "ALSH_MATIN", "Matin", HOLIDAY_WEEKDAYS, 40, List.of(), List.of(), halfDay));
        c.add(unit(ALSH, "ALSH_APM", "Après-midi", HOLIDAY_WEEKDAYS, 40, List.of(), List.of(), halfDay));
        c.add(unit(ALSH, "ALSH_JOUR", "Journée complète", HOLIDAY_WEEKDAYS, 40, List.of(),
                List.of("ALSH_MATIN", "ALSH_APM"), new Tariff(900, 1300, 1700)));
        // now that ALSH_JOUR exists, the half days name it too: the exclusion reads the same from both sides
        c.add(unit(ALSH, "ALSH_MATIN", "Matin", HOLIDAY_WEEKDAYS, 40, List.of(), List.of("ALSH_JOUR"), halfDay));
        c.add(unit(ALSH, "ALSH_APM", "Après-midi", HOLIDAY_WEEKDAYS, 40, List.of(), List.of("ALSH_JOUR"), halfDay));
        c.add(unit(ALSH, "ALSH_REPAS", "Repas", HOLIDAY_WEEKDAYS, null, List.of("ALSH_MATIN", "ALSH_APM",
                "ALSH_JOUR"), List.of(), new Tariff(300, 350, 400)));
        c.add(unit(ALSH, "ALSH_GARD", "Garderie", HOLIDAY_WEEKDAYS, null, List.of(), List.of(), Tariff.flat(50)));
        c.add(period(APS, APS_PERIOD, "APS 2026-2027", CLASSES_FROM, CLASSES_TO));
        c.add(period(RS, RS_PERIOD, "Restaurant scolaire 2026-2027", CLASSES_FROM, CLASSES_TO));
        c.add(period(MERC, MERC_PERIOD, "Accueil mercredi 2026-2027", CLASSES_FROM, CLASSES_TO));
        c.add(period(ALSH, ALSH_PERIOD, "ALSH vacances 2026-2027", LocalDate.of(2026, 10, 19),
                LocalDate.of(2027, 8, 31)));
        return List.copyOf(c);
    }

    public static List<Object> calendarCommands() {
        List<Object> c = new ArrayList<>();
        c.add(new DefineSchoolYear(CALENDAR_ID, "2026-2027", CLASSES_FROM, CLASSES_TO));
        c.add(holidays("Toussaint 2026", "2026-10-17", "2026-11-01"));
        c.add(holidays("Noël 2026", "2026-12-19", "2027-01-03"));
        c.add(holidays("Hiver 2027", "2027-02-20", "2027-03-07"));
        c.add(holidays("Printemps 2027", "2027-04-17", "2027-05-02"));
        c.add(holidays("Été 2027", "2027-07-03", "2027-08-31"));
        c.add(publicHoliday("2026-11-11", "Armistice 1918"));
        c.add(publicHoliday("2026-12-25", "Noël"));
        c.add(publicHoliday("2027-01-01", "Jour de l'an"));
        c.add(publicHoliday("2027-03-29", "Lundi de Pâques"));
        c.add(publicHoliday("2027-05-06", "Ascension"));
        c.add(publicHoliday("2027-05-17", "Lundi de Pentecôte"));
        c.add(publicHoliday(LAST_PUBLIC_HOLIDAY.toString(), "Fête nationale"));
        return List.copyOf(c);
    }

    /** The events the catalogue commands apply, in order. */
    public static List<CatalogueEvent> catalogueEvents() {
        return catalogueCommands().stream().map(DemoCommune::catalogueEvent).toList();
    }

    /** The events the calendar commands apply, in order. */
    public static List<CalendarEvent> calendarEvents() {
        return calendarCommands().stream().map(DemoCommune::calendarEvent).toList();
    }

    public static CatalogueView catalogueView() {
        return CatalogueView.of(catalogueEvents());
    }

    public static CalendarView calendarView() {
        return CalendarView.of(calendarEvents());
    }

    private static DefineActivity activity(String id, String label, ActivityType type, ValidationMode mode) {
        return new DefineActivity(CATALOGUE_ID, id, SERVICE_ID, label, type, mode, DeadlineRule.DEFAULT);
    }

    private static DefineUnit unit(String activityId, String unitId, String label, OpeningRule opening,
                                   Integer capacity, List<String> requiresAnyOf, List<String> excludes,
                                   Tariff tariff) {
        return new DefineUnit(CATALOGUE_ID, activityId, unitId, label, opening, capacity, requiresAnyOf, excludes,
                tariff);
    }

    private static OpenPeriod period(String activityId, String periodId, String label, LocalDate from,
                                     LocalDate to) {
        return new OpenPeriod(CATALOGUE_ID, activityId, periodId, label, from, to, ENROLMENT_FROM, ENROLMENT_TO);
    }

    private static DeclareSchoolHolidays holidays(String label, String from, String to) {
        return new DeclareSchoolHolidays(CALENDAR_ID, label, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static DeclarePublicHoliday publicHoliday(String date, String label) {
        return new DeclarePublicHoliday(CALENDAR_ID, LocalDate.parse(date), label);
    }

    private static CatalogueEvent catalogueEvent(Object command) {
        if (command instanceof DefineService c) {
            return new ServiceDefined(c.catalogueId(), c.serviceId(), c.label());
        }
        if (command instanceof DefineActivity c) {
            return new ActivityDefined(c.catalogueId(), c.activityId(), c.serviceId(), c.label(), c.type(),
                    c.validationMode(), c.deadlineRule());
        }
        if (command instanceof DefineUnit c) {
            return new UnitDefined(c.catalogueId(), c.activityId(), c.unitId(), c.label(), c.opening(),
                    c.capacity(), c.requiresAnyOf(), c.excludes(), c.tariff());
        }
        OpenPeriod c = (OpenPeriod) command;
        return new PeriodOpened(c.catalogueId(), c.activityId(), c.periodId(), c.label(), c.from(), c.to(),
                c.enrolmentFrom(), c.enrolmentTo());
    }

    private static CalendarEvent calendarEvent(Object command) {
        if (command instanceof DefineSchoolYear c) {
            return new SchoolYearDefined(c.calendarId(), c.label(), c.classesFrom(), c.classesTo());
        }
        if (command instanceof DeclareSchoolHolidays c) {
            return new SchoolHolidaysDeclared(c.calendarId(), c.label(), c.from(), c.to());
        }
        DeclarePublicHoliday c = (DeclarePublicHoliday) command;
        return new PublicHolidayDeclared(c.calendarId(), c.date(), c.label());
    }
}
