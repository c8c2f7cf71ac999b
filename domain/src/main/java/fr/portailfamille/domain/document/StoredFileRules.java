package fr.portailfamille.domain.document;

import fr.portailfamille.api.document.FileType;

/** What a stored file recorded in the history looks like: stored, named, of an accepted type, not too large. */
final class StoredFileRules {
    static final int MAX_NAME_LENGTH = 255;

    private StoredFileRules() {
    }

    static void requireWellFormed(String fileId, String fileName, FileType fileType, long size) {
        requireText(fileId, "a stored file id");
        requireText(fileName, "a file name");
        if (fileName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a file name is at most " + MAX_NAME_LENGTH + " characters");
        }
        if (fileType == null) {
            throw new IllegalArgumentException("a file is a PDF, a JPEG or a PNG");
        }
        if (size <= 0 || size > FileType.MAX_SIZE) {
            throw new IllegalArgumentException("a file holds from 1 byte to " + FileType.MAX_SIZE + " bytes");
        }
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }
}
