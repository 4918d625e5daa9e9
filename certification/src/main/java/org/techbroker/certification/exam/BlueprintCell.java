package org.techbroker.certification.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.techbroker.courses.catalog.CourseCode;

/** How many objective items of one topic (a course) and one difficulty a form contains. */
@Embeddable
public class BlueprintCell {

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    protected BlueprintCell() {
        // for JPA
    }

    public BlueprintCell(CourseCode course, Difficulty difficulty, int itemCount) {
        this.courseCode = Objects.requireNonNull(course, "course").value();
        this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
        this.itemCount = itemCount;
    }

    public CourseCode course() {
        return new CourseCode(courseCode);
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public int itemCount() {
        return itemCount;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof BlueprintCell that
                        && courseCode.equals(that.courseCode)
                        && difficulty == that.difficulty
                        && itemCount == that.itemCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(courseCode, difficulty, itemCount);
    }
}
