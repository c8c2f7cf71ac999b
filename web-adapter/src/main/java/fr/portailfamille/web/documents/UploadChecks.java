package fr.portailfamille.web.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

import fr.portailfamille.api.document.FileType;
import fr.portailfamille.web.problem.ApiException;

/**
 * What the portal accepts from families: a non-empty PDF, JPEG or PNG of at most 5 MiB, its type told by its first
 * bytes and never by its name. Any name is accepted (the old portal refused « - / ? : »): it is only ever shown,
 * escaped, while the file is stored under a generated name.
 */
public final class UploadChecks {
    static final int MAX_NAME_LENGTH = 255;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private UploadChecks() {
    }

    public static CheckedFile check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "EMPTY_FILE", "Le fichier est vide.");
        }
        if (file.getSize() > FileType.MAX_SIZE) {
            throw tooLarge();
        }
        byte[] content = bytesOf(file);
        FileType type = typeOf(content).orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_MEDIA_TYPE", "Seuls les fichiers PDF, JPEG ou PNG sont acceptés."));
        return new CheckedFile(content, type, displayName(file.getOriginalFilename()));
    }

    /** The type the content says it is, from its signature (magic bytes). */
    static Optional<FileType> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        return Optional.empty();
    }

    /** The sender's name for the file, without control characters (line breaks would forge log lines or headers). */
    static String displayName(String original) {
        String name = original == null ? "" : original.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "Le fichier dépasse la taille maximale de 5 Mo.");
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            byte[] content = file.getBytes();
            if (content.length > FileType.MAX_SIZE) {
                throw tooLarge();
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
