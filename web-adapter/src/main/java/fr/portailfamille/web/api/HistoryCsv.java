package fr.portailfamille.web.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.portailfamille.api.audit.HistoryEntry;

/** A history as a CSV download, one line an entry: from the API, and from the pages to a signed-in session. */
public final class HistoryCsv {
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private HistoryCsv() {
    }

    public static ResponseEntity<String> download(String name, List<HistoryEntry> entries) {
        String body = "horodatage;utilisateur;role;type;activite;date;unite;detail\n" + entries.stream()
                .map(entry -> String.join(";", String.valueOf(entry.at()), Csv.cell(entry.actorId()),
                        Csv.cell(entry.actorRole()), Csv.cell(entry.type()), Csv.cell(entry.activityId()),
                        entry.date() == null ? "" : entry.date().toString(), Csv.cell(entry.unitId()),
                        Csv.cell(entry.detail())))
                .collect(Collectors.joining("\n", "", "\n"));
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").body(body);
    }
}
