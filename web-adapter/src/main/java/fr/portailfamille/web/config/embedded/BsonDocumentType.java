package fr.portailfamille.web.config.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the embedded MongoDB server's collections keep their documents in H2: in BSON, as the server encodes them on the
 * wire. H2's default type keeps them with Java serialization, which writes each document's classes and field names
 * again at every write of a page and reads them back at every read: a sixteenth of the CPU and a sixth of all
 * allocations during a rush of grid submissions. A document an earlier version wrote that way is still read as it was
 * written: it starts with a tag of H2's, never negative, and a document written here with {@link #BSON}, which is.
 */
final class BsonDocumentType extends ObjectDataType {
    static final byte BSON = -66;
    /**
     * Each thread that writes pages encodes its documents in a buffer of its own, kept from one document to the next:
     * a new buffer for each, grown as the document was encoded, was a sixth of all the bytes a replay allocated.
     */
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    /** A buffer grown beyond this by a large document is not kept. */
    private static final int KEPT_CAPACITY = 1 << 20;

    /** What H2 counts a document for in its caches and page sizes: twice its encoded size, on average. */
    private int averageMemory = 1_000;

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? averageMemory : super.getMemory(obj);
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (!(obj instanceof Document document)) {
            super.write(buff, obj);
            return;
        }
        ByteBuf encoded = ENCODING.get().clear();
        BsonEncoder.encodeDocument(document, encoded);
        int length = encoded.readableBytes();
        countMemory(length);
        buff.put(BSON).putVarInt(length).put(encoded.nioBuffer());
        if (encoded.capacity() > KEPT_CAPACITY) {
            ENCODING.remove();
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != BSON) {
            return super.read(buff);
        }
        buff.get();
        int length = DataUtils.readVarInt(buff);
        countMemory(length);
        ByteBuffer encoded = buff.slice().limit(length);
        buff.position(buff.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(encoded));
    }

    /** An exponential moving average, as H2 keeps for the objects it serializes. */
    private void countMemory(int encodedLength) {
        averageMemory = (int) ((2L * encodedLength + 15L * averageMemory) / 16);
    }
}
