package fr.portailfamille.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import fr.portailfamille.api.document.FileType;
import fr.portailfamille.web.problem.ApiException;

class UploadChecksTest {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/pdf", content);
    }

    private static String codeOf(MockMultipartFile file) {
        try {
            UploadChecks.check(file);
            return "ACCEPTED";
        } catch (ApiException refused) {
            return refused.code();
        }
    }

    @Test
    void givenSignatures_whenTyped_thenTheContentDecidesNotTheName() {
        assertThat(UploadChecks.typeOf(PDF)).contains(FileType.PDF);
        assertThat(UploadChecks.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(FileType.JPEG);
        assertThat(UploadChecks.typeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(FileType.PNG);
        assertThat(UploadChecks.typeOf(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(UploadChecks.typeOf(new byte[] {'%', 'P', 'D'})).isEmpty();
        assertThat(UploadChecks.check(file("photo.png", PDF)).type()).isEqualTo(FileType.PDF);
    }

    @Test
    void givenSizes_whenChecked_thenEmptyAndOverFiveMegabytesAreRefused() {
        assertThat(codeOf(file("vide.pdf", new byte[0]))).isEqualTo("EMPTY_FILE");
        assertThat(codeOf(file("juste.pdf", Arrays.copyOf(PDF, (int) FileType.MAX_SIZE)))).isEqualTo("ACCEPTED");
        assertThat(codeOf(file("gros.pdf", Arrays.copyOf(PDF, (int) FileType.MAX_SIZE + 1))))
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(codeOf(file("faux.pdf", "MZ\u0090".getBytes()))).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void givenNames_whenShown_thenAnyNameIsKeptButControlCharactersAndExcessLength() {
        assertThat(UploadChecks.displayName("fiche - 2026/2027 ? : «été».pdf"))
                .isEqualTo("fiche - 2026/2027 ? : «été».pdf");
        assertThat(UploadChecks.displayName("a\r\nSet-Cookie: x.pdf")).isEqualTo("aSet-Cookie: x.pdf");
        assertThat(UploadChecks.displayName("  ")).isEqualTo("document");
        assertThat(UploadChecks.displayName(null)).isEqualTo("document");
        assertThat(UploadChecks.displayName("x".repeat(300))).hasSize(UploadChecks.MAX_NAME_LENGTH);
        assertThatThrownBy(() -> UploadChecks.check(null)).isInstanceOf(ApiException.class);
    }
}
