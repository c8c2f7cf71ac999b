package fr.portailfamille.web.documents;

import fr.portailfamille.api.document.FileType;

/** An uploaded file that passed the checks: its bytes, its type as told by its content, and its name to show. */
public record CheckedFile(byte[] content, FileType type, String displayName) {
}
