package fr.portailfamille.web.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.portailfamille.api.document.FileType;

/** A file sent back to the browser: its real type, as an attachment under its name (encoded, never raw). */
public final class Downloads {
    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] content, FileType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
