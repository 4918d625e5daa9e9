package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.content.CourseImportSet.SourceFile;

/**
 * The courses that ship with Techbroker (in the web application's resources) meet every rule of
 * the format, editorial ones included, as one set against an empty catalogue; and the canonical
 * writer gives each file back byte for byte.
 */
class SeededCoursesTest {

    static final Path SEEDS = Path.of("../app/src/main/resources/content/courses");

    static List<SourceFile> seeds() throws IOException {
        assertThat(SEEDS).isDirectory();
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(SEEDS)) {
            for (Path path :
                    paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(new SourceFile("courses/" + path.getFileName(), Files.readAllBytes(path)));
            }
        }
        return files;
    }

    @Test
    void theSevenSeededCoursesValidateWithoutErrorsOrWarnings() throws IOException {
        CourseImportSet set = CourseImportSet.ofFiles(seeds(), Map.of(), true);

        assertThat(set.problems()).isEmpty();
        assertThat(set.isValid()).isTrue();
        assertThat(set.documents())
                .extracting(d -> d.code().value())
                .containsExactly("IPL-101", "ITT-301", "PAT-301", "TBP-401", "TCL-201", "TTP-201", "TVP-201");
        assertThat(set.documents()).allMatch(d -> d.status() == CourseStatus.PUBLISHED);
        assertThat(set.documents().stream().mapToInt(d -> d.lessons().size()).sum())
                .isEqualTo(42);
        assertThat(set.documents().stream().mapToInt(CourseDocument::itemCount).sum())
                .isEqualTo(157);
    }

    @Test
    void theCanonicalWriterGivesEachSeededFileBackByteForByte() throws IOException {
        for (SourceFile file : seeds()) {
            List<ImportProblem> problems = new ArrayList<>();
            CourseDocument course =
                    CourseFileReader.read(file.name(), file.bytes(), problems).orElseThrow();

            assertThat(CourseJsonWriter.write(course))
                    .as(file.name())
                    .isEqualTo(new String(file.bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void seededBodiesSurviveTheSanitiserAndExportUnchanged() throws IOException {
        for (CourseDocument course :
                CourseImportSet.ofFiles(seeds(), Map.of(), true).documents()) {
            for (CourseDocument.LessonDocument lesson : course.lessons()) {
                for (String body : List.of(lesson.body().en(), lesson.body().zh())) {
                    String exported = LessonBodies.exported(LessonBodies.stored(body));
                    assertThat(BodyHtml.check(exported)).as(lesson.slug()).isEmpty();
                    assertThat(exported).as(lesson.slug()).isEqualTo(body);
                }
            }
        }
    }
}
