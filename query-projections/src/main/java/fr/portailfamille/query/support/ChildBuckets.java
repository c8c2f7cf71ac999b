package fr.portailfamille.query.support;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What grows with a commune's children (the cells of an activity's day, the children billed in a month) is split
 * into {@link #COUNT} documents, {@code key|bucket}, the bucket drawn from the child: in a commune of 3,000 children one
 * document per key held thousands of entries, and every batch that touched it had the embedded server decode, copy,
 * compare and encode all of them again.
 */
public final class ChildBuckets {
    public static final int COUNT = 16;

    private ChildBuckets() {
    }

    /** The child's bucket; {@link String#hashCode()} is specified, so a child keeps it from one run to the next. */
    public static String of(String childId) {
        return Integer.toString(Math.floorMod(childId.hashCode(), COUNT));
    }

    /** The id of the child's document under {@code key}. */
    public static String idOf(String key, String childId) {
        return id(key, of(childId));
    }

    /** The id of a bucket's document under {@code key}. */
    public static String id(String key, String bucket) {
        return key + "|" + bucket;
    }

    /** The ids of every document under {@code key}. */
    public static List<String> idsOf(String key) {
        return IntStream.range(0, COUNT).mapToObj(bucket -> id(key, Integer.toString(bucket))).toList();
    }
}
