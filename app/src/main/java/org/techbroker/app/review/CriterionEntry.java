package org.techbroker.app.review;

import java.io.Serializable;
import java.util.List;

/**
 * One rubric criterion on the marking form, in the reader's language: its title, maximum and level
 * descriptors, and what the examiner entered. Points stay text until the save, so that a wrong
 * entry is refused with the service's own message rather than a converter's.
 */
public class CriterionEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A level descriptor of the rubric, with the points it stands for. */
    public record Level(int points, String descriptor) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final long criterionId;
    private final int position;
    private final String title;
    private final int maxPoints;
    private final List<Level> levels;
    private String points;
    private String feedback;

    CriterionEntry(
            long criterionId,
            int position,
            String title,
            int maxPoints,
            List<Level> levels,
            String points,
            String feedback) {
        this.criterionId = criterionId;
        this.position = position;
        this.title = title;
        this.maxPoints = maxPoints;
        this.levels = List.copyOf(levels);
        this.points = points;
        this.feedback = feedback;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public List<Level> getLevels() {
        return levels;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
