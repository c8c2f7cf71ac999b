package fr.portailfamille.web.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.portailfamille.api.document.FileType;

/** Files sent back to the browser, with their real type and a name that is encoded, never raw. */
public final class Downloads {
    private Downloads() {
    }

    /** A file a family or staff sent, to save under its original name. */
    public static ResponseEntity<byte[]> attachment(byte[] content, FileType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** A PDF the portal made (an attestation), to open in the browser. */
    public static ResponseEntity<byte[]> inlinePdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
