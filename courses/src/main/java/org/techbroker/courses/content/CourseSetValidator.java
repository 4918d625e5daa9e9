package org.techbroker.courses.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.content.StrictJson.Paths;

/**
 * The rules that span files (section 8 of the format): codes unique within the set, prerequisites
 * that exist in the set or the catalogue, no prerequisite cycles across both, and published
 * courses that depend only on courses published after the import. The catalogue after the import
 * is what is checked: a course of the set replaces the stored course of the same code, unless the
 * import only adds new courses, when the stored one stays.
 */
final class CourseSetValidator {

    /** What the validator needs to know of a course already stored. */
    record StoredCourse(CourseCode code, CourseStatus status, Set<CourseCode> prerequisites) {}

    /** A course file of the set, read successfully. */
    record Entry(String file, CourseDocument course) {}

    private record After(CourseStatus status, List<CourseCode> prerequisites, Entry entry) {}

    private CourseSetValidator() {}

    static void validate(
            List<Entry> entries,
            Map<CourseCode, StoredCourse> stored,
            boolean replaceStored,
            List<ImportProblem> problems) {
        Map<CourseCode, Entry> byCode = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Entry earlier = byCode.putIfAbsent(entry.course().code(), entry);
            if (earlier != null) {
                problems.add(ImportProblem.error(
                        entry.file(),
                        "code",
                        ImportRule.CODE_DUPLICATE,
                        entry.course().code().value(),
                        earlier.file()));
            }
        }

        Map<CourseCode, After> after = new HashMap<>();
        stored.values()
                .forEach(course -> after.put(
                        course.code(), new After(course.status(), List.copyOf(course.prerequisites()), null)));
        for (Entry entry : byCode.values()) {
            CourseCode code = entry.course().code();
            if (replaceStored || !stored.containsKey(code)) {
                after.put(
                        code, new After(entry.course().status(), entry.course().prerequisites(), entry));
            }
        }

        for (Entry entry : byCode.values()) {
            After state = after.get(entry.course().code());
            if (state.entry() != entry) {
                continue; // a stored course that this import leaves alone
            }
            List<CourseCode> prerequisites = entry.course().prerequisites();
            for (int i = 0; i < prerequisites.size(); i++) {
                CourseCode prerequisite = prerequisites.get(i);
                String path = Paths.index("prerequisites", i);
                if (prerequisite.equals(entry.course().code())) {
                    problems.add(ImportProblem.error(
                            entry.file(), path, ImportRule.PREREQUISITE_SELF, prerequisite.value()));
                } else if (!after.containsKey(prerequisite)) {
                    problems.add(ImportProblem.error(
                            entry.file(), path, ImportRule.PREREQUISITE_UNKNOWN, prerequisite.value()));
                } else if (state.status() == CourseStatus.PUBLISHED
                        && after.get(prerequisite).status() != CourseStatus.PUBLISHED) {
                    problems.add(ImportProblem.error(
                            entry.file(), path, ImportRule.PREREQUISITE_DRAFT, prerequisite.value()));
                }
            }
        }

        reportCycles(after, problems);
    }

    /** Each cycle once, at the first course of the set on it. */
    private static void reportCycles(Map<CourseCode, After> after, List<ImportProblem> problems) {
        Set<CourseCode> finished = new HashSet<>();
        Set<Set<CourseCode>> reported = new HashSet<>();
        for (CourseCode start : after.keySet().stream()
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .toList()) {
            search(start, after, new ArrayList<>(), finished, reported, problems);
        }
    }

    private static void search(
            CourseCode code,
            Map<CourseCode, After> after,
            List<CourseCode> trail,
            Set<CourseCode> finished,
            Set<Set<CourseCode>> reported,
            List<ImportProblem> problems) {
        if (finished.contains(code) || !after.containsKey(code)) {
            return;
        }
        int seen = trail.indexOf(code);
        if (seen >= 0) {
            List<CourseCode> ring = List.copyOf(trail.subList(seen, trail.size()));
            // A course that names itself is reported as such, not as a cycle.
            if (ring.size() > 1 && reported.add(Set.copyOf(ring))) {
                int first = 0;
                while (first < ring.size() && after.get(ring.get(first)).entry() == null) {
                    first++;
                }
                if (first < ring.size()) {
                    List<CourseCode> cycle = new ArrayList<>(ring.subList(first, ring.size()));
                    cycle.addAll(ring.subList(0, first));
                    cycle.add(cycle.get(0));
                    String description = cycle.stream().map(CourseCode::value).collect(Collectors.joining(" → "));
                    problems.add(ImportProblem.error(
                            after.get(ring.get(first)).entry().file(),
                            "prerequisites",
                            ImportRule.PREREQUISITE_CYCLE,
                            description));
                }
            }
            return;
        }
        trail.add(code);
        for (CourseCode prerequisite : after.get(code).prerequisites()) {
            search(prerequisite, after, trail, finished, reported, problems);
        }
        trail.remove(trail.size() - 1);
        finished.add(code);
    }
}
