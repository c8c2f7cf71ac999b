package fr.portailfamille.web.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;

/**
 * The files families and staff send, in MongoDB GridFS beside the read models. A file is stored under a generated
 * name ({@code <uuid>.pdf}); the name it had on the sender's computer is only kept in the history, to be shown.
 */
public class FileStorage {
    private final GridFSBucket bucket;

    public FileStorage(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, "files");
    }

    /** Stores the file and answers its id. */
    String store(CheckedFile file, Map<String, Object> metadata) {
        String safeName = UUID.randomUUID() + "." + file.type().extension();
        ObjectId id = bucket.uploadFromStream(safeName, new ByteArrayInputStream(file.content()),
                new GridFSUploadOptions().metadata(new Document(metadata).append("type", file.type().name())));
        return id.toHexString();
    }

    /**
     * Stores the file, then records it in the history with {@code record} (given the file's id): a file whose
     * recording is refused is removed again, so that no stored file goes unnamed by the history.
     */
    public void storeAndRecord(CheckedFile file, Map<String, Object> metadata, Consumer<String> record) {
        String fileId = store(file, metadata);
        try {
            record.accept(fileId);
        } catch (RuntimeException refused) {
            delete(fileId);
            throw refused;
        }
    }

    /** The file's bytes, if there is a file with this id. */
    public Optional<byte[]> read(String fileId) {
        if (fileId == null || !ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            bucket.downloadToStream(new ObjectId(fileId), content);
        } catch (MongoGridFSException e) {
            return Optional.empty();
        }
        return Optional.of(content.toByteArray());
    }

    /** Removes a file that no history names (its command was refused). */
    void delete(String fileId) {
        try {
            bucket.delete(new ObjectId(fileId));
        } catch (MongoGridFSException e) {
            // already gone: nothing to remove
        }
    }
}
