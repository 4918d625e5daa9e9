package org.techbroker.certification.exam.bank;

import java.util.Map;
import org.techbroker.certification.exam.Difficulty;

/**
 * How many items of a level new forms can draw (current, active versions): objective items per
 * topic and difficulty, and essays. What a blueprint can ask for.
 */
public record Drawable(Map<String, Map<Difficulty, Integer>> objective, int essays) {

    public Drawable {
        objective = Map.copyOf(objective);
    }

    public int count(String course, Difficulty difficulty) {
        return objective.getOrDefault(course, Map.of()).getOrDefault(difficulty, 0);
    }
}
