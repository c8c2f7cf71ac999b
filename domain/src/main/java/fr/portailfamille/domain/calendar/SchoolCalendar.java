package fr.portailfamille.domain.calendar;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.calendar.ClosureDayDeclared;
import fr.portailfamille.api.calendar.ClosureDayWithdrawn;
import fr.portailfamille.api.calendar.DeclareClosureDay;
import fr.portailfamille.api.calendar.DeclarePublicHoliday;
import fr.portailfamille.api.calendar.DeclareSchoolHolidays;
import fr.portailfamille.api.calendar.DefineSchoolYear;
import fr.portailfamille.api.calendar.PublicHolidayDeclared;
import fr.portailfamille.api.calendar.SchoolHolidaysDeclared;
import fr.portailfamille.api.calendar.SchoolYearDefined;
import fr.portailfamille.api.calendar.WithdrawClosureDay;

/**
 * The commune's one school calendar ({@code "calendar"}): school years, school holidays, public holidays and closure
 * days. Its state is a {@link CalendarView}; a command that would not change it applies nothing.
 */
public class SchoolCalendar {
    @AggregateIdentifier
    private String calendarId;
    private CalendarView view = CalendarView.EMPTY;

    public SchoolCalendar() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineSchoolYear command) {
        CalendarRules.calendarId(command.calendarId());
        CalendarRules.text(command.label(), "label");
        CalendarRules.range(command.classesFrom(), command.classesTo(), "school year");
        applyIfItChangesSomething(new SchoolYearDefined(command.calendarId(), command.label(),
                command.classesFrom(), command.classesTo()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclareSchoolHolidays command) {
        CalendarRules.calendarId(command.calendarId());
        CalendarRules.text(command.label(), "label");
        CalendarRules.range(command.from(), command.to(), "school holidays");
        applyIfItChangesSomething(new SchoolHolidaysDeclared(command.calendarId(), command.label(),
                command.from(), command.to()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclarePublicHoliday command) {
        CalendarRules.calendarId(command.calendarId());
        CalendarRules.date(command.date(), "date");
        CalendarRules.text(command.label(), "label");
        applyIfItChangesSomething(new PublicHolidayDeclared(command.calendarId(), command.date(),
                command.label()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclareClosureDay command) {
        CalendarRules.calendarId(command.calendarId());
        CalendarRules.date(command.date(), "date");
        CalendarRules.text(command.reason(), "reason");
        applyIfItChangesSomething(new ClosureDayDeclared(command.calendarId(), command.date(),
                command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(WithdrawClosureDay command) {
        CalendarRules.calendarId(command.calendarId());
        CalendarRules.date(command.date(), "date");
        applyIfItChangesSomething(new ClosureDayWithdrawn(command.calendarId(), command.date()));
    }

    private void applyIfItChangesSomething(CalendarEvent event) {
        if (!view.with(event).equals(view)) {
            apply(event);
        }
    }

    @EventSourcingHandler
    void on(CalendarEvent event) {
        calendarId = event.calendarId();
        view = view.with(event);
    }

    public String getCalendarId() {
        return calendarId;
    }

    /** The calendar as it stands; also what a snapshot carries. */
    public CalendarView getView() {
        return view;
    }
}
