package fr.portailfamille.api.catalogue;

/** Which days of the calendar a unit may open on, before its weekdays are applied. */
public enum DayKind {
    /** Inside the school year, outside school holidays. */
    SCHOOL_PERIOD,
    /** School holidays (summer included). */
    HOLIDAYS
}
