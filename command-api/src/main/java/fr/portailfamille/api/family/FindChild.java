package fr.portailfamille.api.family;

/** Who a child is and which family they belong to; the access rule of every child endpoint. */
public record FindChild(String childId) {
}
