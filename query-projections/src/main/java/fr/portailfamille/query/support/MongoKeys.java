package fr.portailfamille.query.support;

/** Ids used as field names: MongoDB reads a dot as a path and a leading dollar as an operator, so both are escaped. */
public final class MongoKeys {
    private MongoKeys() {
    }

    public static String of(String... parts) {
        return String.join("|", parts).replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
