package org.techbroker.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.content.CourseImportSet.SourceFile;

/** The seed index names every course file of the folder, and only those, so none is forgotten. */
class CourseSeedingTest {

    @Test
    void theIndexListsEveryCourseFileOfTheFolder() throws IOException {
        Path folder = Path.of("src/main/resources", CourseSeeding.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(CourseSeeding.index())
                    .containsExactlyInAnyOrderElementsOf(
                            files.map(p -> p.getFileName().toString())
                                    .filter(name -> name.endsWith(".json"))
                                    .toList())
                    .hasSize(7);
        }
    }

    @Test
    void theSeedFilesAreReadFromTheClassPath() {
        assertThat(CourseSeeding.seedFiles())
                .extracting(SourceFile::name)
                .contains("courses/IPL-101.json", "courses/TVP-201.json")
                .allMatch(name -> name.startsWith("courses/") && name.endsWith(".json"));
        assertThat(CourseSeeding.seedFiles()).allMatch(file -> file.bytes().length > 10_000);
    }
}
