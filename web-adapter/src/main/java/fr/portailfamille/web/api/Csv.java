package fr.portailfamille.web.api;

/** CSV cells as French spreadsheets read them (semicolons), quoted when needed and safe from formula injection. */
public final class Csv {
    private Csv() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
