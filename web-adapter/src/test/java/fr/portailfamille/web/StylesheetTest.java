package fr.portailfamille.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A brace left open swallows every later rule into a media query: the grid then loses its colours on desktop. */
class StylesheetTest {

    @Test
    void givenThePortalStylesheet_whenReadingItsBlocks_thenEveryBraceIsClosedInOrder() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/portail.css"), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("nesting depth").isBetween(0, 2);
        }
        assertThat(depth).as("unclosed blocks at the end").isZero();
    }
}
