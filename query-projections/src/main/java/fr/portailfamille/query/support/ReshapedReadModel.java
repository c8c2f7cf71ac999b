package fr.portailfamille.query.support;

/**
 * A read model whose documents a later version stores in another shape: only a rebuild replaces those an earlier
 * version left, so the application rebuilds the read models when it starts on such documents.
 */
public interface ReshapedReadModel {
    boolean holdsEarlierShape();
}
