package fr.portailfamille.web.config.embedded;

import java.util.Arrays;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The order of a unique index's keys in the embedded MongoDB server: value by value, as their own types compare them.
 * H2's default type compares such keys by serializing both to bytes at every step of a search, which made every
 * lookup by {@code _id} cost a few dozen Java serializations. Keys are still stored as H2 stores them by default.
 * Equal keys compare as 0 and only those, as before: a value's class, then its own order (or its bytes when it has
 * none) decide, so that {@code 1} and {@code 1L} stay two keys.
 */
final class IndexKeyOrder extends ObjectDataType {

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    private static int compareKeys(KeyValue left, KeyValue right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object left, Object right) {
        if (left == right) {
            return 0;
        }
        if (left == null || right == null) {
            return left == null ? -1 : 1;
        }
        if (left.getClass() != right.getClass()) {
            return left.getClass().getName().compareTo(right.getClass().getName());
        }
        if (left instanceof Comparable comparable) {
            return comparable.compareTo(right);
        }
        return Arrays.compare(serialize(left), serialize(right));
    }
}
