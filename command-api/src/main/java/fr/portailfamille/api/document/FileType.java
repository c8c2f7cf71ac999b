package fr.portailfamille.api.document;

/** The kinds of file the portal accepts, as told by their content, with their media type and file extension. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** The largest file the portal keeps: 5 MiB, as the old portal allowed. */
    public static final long MAX_SIZE = 5L * 1024 * 1024;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
