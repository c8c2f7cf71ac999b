package fr.portailfamille.api.form;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FormWithdrawn(String libraryId, String formId) implements FormLibraryEvent {
}
