package fr.portailfamille.domain.document;

import fr.portailfamille.api.document.FileType;

/** What a stored file recorded in the history looks like: stored, named, of an accepted type, not too large. */
final class StoredFileRules {
    static final int MAX_NAME_LENGTH = 255;

    private StoredFileRules() {
    }

    static void requireWellFormed(String fileId, String fileName, FileType fileType, long size) {
        requireText(fileId, "L'identifiant du fichier");
        requireText(fileName, "Le nom du fichier");
        if (fileName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Un nom de fichier a au plus " + MAX_NAME_LENGTH + " caractères.");
        }
        if (fileType == null) {
            throw new IllegalArgumentException("Un fichier est un PDF, un JPEG ou un PNG.");
        }
        if (size <= 0 || size > FileType.MAX_SIZE) {
            throw new IllegalArgumentException("Un fichier a de 1 à " + FileType.MAX_SIZE + " octets.");
        }
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " est obligatoire.");
        }
        return value.trim();
    }
}
