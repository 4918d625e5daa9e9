package org.techbroker.courses.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.courses.content.CourseFiles.bytes;
import static org.techbroker.courses.content.CourseFiles.course;
import static org.techbroker.courses.content.CourseFiles.json;
import static org.techbroker.courses.content.CourseFiles.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.content.CourseImportSet.SourceFile;
import org.techbroker.courses.content.CourseSetValidator.StoredCourse;

/** The rules across files (section 8): codes, prerequisites, cycles and published prerequisites. */
class CourseSetRulesTest {

    private final Map<CourseCode, StoredCourse> stored = new HashMap<>();

    @Test
    void prerequisitesInTheSetOrInTheCatalogueAreFine() {
        store("IPL-101", CourseStatus.PUBLISHED);

        CourseImportSet set = set(file("AAA-101", "IPL-101"), file("BBB-101", "AAA-101"));

        assertThat(set.problems()).noneMatch(ImportProblem::isError);
        assertThat(set.isValid()).isTrue();
    }

    @Test
    void anUnknownPrerequisiteIsRefused() {
        assertThat(errors(set(file("AAA-101", "ZZZ-999"))))
                .containsExactly(
                        tuple("courses.import.error.prerequisite_unknown", "courses/AAA-101.json", "prerequisites[0]"));
    }

    @Test
    void aCourseThatNamesItselfIsRefused() {
        assertThat(errors(set(file("AAA-101", "AAA-101"))))
                .containsExactly(
                        tuple("courses.import.error.prerequisite_self", "courses/AAA-101.json", "prerequisites[0]"));
    }

    @Test
    void aPrerequisiteCycleWithinTheSetIsRefused() {
        CourseImportSet set = set(file("AAA-101", "BBB-101"), file("BBB-101", "CCC-101"), file("CCC-101", "AAA-101"));

        assertThat(set.isValid()).isFalse();
        assertThat(set.problems())
                .filteredOn(ImportProblem::isError)
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.messageKey()).isEqualTo("courses.import.error.prerequisite_cycle");
                    assertThat(error.file()).isEqualTo("courses/AAA-101.json");
                    assertThat(error.path()).isEqualTo("prerequisites");
                    assertThat(error.arguments()).containsExactly("AAA-101 → BBB-101 → CCC-101 → AAA-101");
                });
    }

    @Test
    void aCycleThroughAStoredCourseIsRefused() {
        stored.put(
                new CourseCode("IPL-101"),
                new StoredCourse(new CourseCode("IPL-101"), CourseStatus.PUBLISHED, Set.of(new CourseCode("AAA-101"))));

        assertThat(errors(set(file("AAA-101", "IPL-101"))))
                .containsExactly(
                        tuple("courses.import.error.prerequisite_cycle", "courses/AAA-101.json", "prerequisites"));
    }

    @Test
    void aStoredCourseThatTheSetReplacesNoLongerCountsForCycles() {
        // Stored: IPL-101 needs AAA-101. The set replaces IPL-101 without that need, so AAA-101 may need it.
        stored.put(
                new CourseCode("IPL-101"),
                new StoredCourse(new CourseCode("IPL-101"), CourseStatus.PUBLISHED, Set.of(new CourseCode("AAA-101"))));

        assertThat(set(file("AAA-101", "IPL-101"), file("IPL-101")).isValid()).isTrue();
    }

    @Test
    void aPublishedCourseMustNotNeedADraft() {
        store("IPL-101", CourseStatus.DRAFT);
        JsonObject draft = with(course("BBB-101"), "/status", Json.createValue("DRAFT"));

        assertThat(errors(set(
                        file("AAA-101", "IPL-101", "BBB-101"), new SourceFile("courses/BBB-101.json", bytes(draft)))))
                .containsExactly(
                        tuple("courses.import.error.prerequisite_draft", "courses/AAA-101.json", "prerequisites[0]"),
                        tuple("courses.import.error.prerequisite_draft", "courses/AAA-101.json", "prerequisites[1]"));
    }

    @Test
    void aDraftMayNeedADraft() {
        store("IPL-101", CourseStatus.DRAFT);
        JsonObject draft = with(
                with(course("AAA-101"), "/status", Json.createValue("DRAFT")), "/prerequisites", json("[\"IPL-101\"]"));

        assertThat(set(new SourceFile("courses/AAA-101.json", bytes(draft))).isValid())
                .isTrue();
    }

    @Test
    void twoFilesWithOneCodeAreRefused() {
        CourseImportSet set = set(file("AAA-101"), new SourceFile("courses/AAA-101.json", bytes(course("AAA-101"))));

        assertThat(errors(set))
                .containsExactly(tuple("courses.import.error.code_duplicate", "courses/AAA-101.json", "code"));
    }

    @Test
    void aStoredCodeIsAnUpdateNotADuplicate() {
        store("AAA-101", CourseStatus.PUBLISHED);

        assertThat(set(file("AAA-101")).isValid()).isTrue();
    }

    @Test
    void whenOnlyNewCoursesAreImportedStoredOnesStayAsTheyAre() {
        // Stored IPL-101 is a draft; the set's IPL-101 would be published but is not imported.
        store("IPL-101", CourseStatus.DRAFT);

        CourseImportSet onlyNew =
                CourseImportSet.ofFiles(List.of(file("IPL-101"), file("AAA-101", "IPL-101")), stored, false);
        CourseImportSet replacing =
                CourseImportSet.ofFiles(List.of(file("IPL-101"), file("AAA-101", "IPL-101")), stored, true);

        assertThat(onlyNew.problems())
                .filteredOn(ImportProblem::isError)
                .extracting(ImportProblem::messageKey)
                .containsExactly("courses.import.error.prerequisite_draft");
        assertThat(replacing.isValid()).isTrue();
    }

    private void store(String code, CourseStatus status) {
        stored.put(new CourseCode(code), new StoredCourse(new CourseCode(code), status, Set.of()));
    }

    private CourseImportSet set(SourceFile... files) {
        return CourseImportSet.ofFiles(List.of(files), stored, true);
    }

    private static SourceFile file(String code, String... prerequisites) {
        var array = Json.createArrayBuilder();
        for (String prerequisite : prerequisites) {
            array.add(prerequisite);
        }
        return new SourceFile("courses/" + code + ".json", bytes(with(course(code), "/prerequisites", array.build())));
    }

    private static List<org.assertj.core.groups.Tuple> errors(CourseImportSet set) {
        return set.problems().stream()
                .filter(ImportProblem::isError)
                .map(p -> tuple(p.messageKey(), p.file(), p.path()))
                .toList();
    }
}
