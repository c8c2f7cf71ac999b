package fr.portailfamille.api.billing;

/** Whether a month is closed, cheaply; answers a {@link MonthStatus}. */
public record FindMonthStatus(String month) {
}
