package fr.portailfamille.domain.billing;

/**
 * How invoices ({@code 2026-000001}) and credit notes ({@code AV-2026-000001}) are numbered: a year of issue and a
 * sequence that starts at 1 every year and never skips.
 */
final class DocumentNumbers {
    private static final String CREDIT_NOTE_PREFIX = "AV-";

    private DocumentNumbers() {
    }

    static String invoice(int year, int sequence) {
        return String.format("%04d-%06d", year, sequence);
    }

    static String creditNote(int year, int sequence) {
        return CREDIT_NOTE_PREFIX + invoice(year, sequence);
    }

    /** The year of a number made here. */
    static int yearOf(String number) {
        String[] parts = withoutPrefix(number).split("-");
        return Integer.parseInt(parts[0]);
    }

    /** The sequence of a number made here. */
    static int sequenceOf(String number) {
        String[] parts = withoutPrefix(number).split("-");
        return Integer.parseInt(parts[1]);
    }

    private static String withoutPrefix(String number) {
        return number.startsWith(CREDIT_NOTE_PREFIX) ? number.substring(CREDIT_NOTE_PREFIX.length()) : number;
    }
}
