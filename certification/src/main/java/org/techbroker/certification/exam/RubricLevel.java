package org.techbroker.certification.exam;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.techbroker.courses.catalog.BilingualText;

/** A level descriptor of a rubric criterion: what an answer worth these points looks like. */
@Embeddable
public class RubricLevel {

    @Column(nullable = false)
    private int points;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "descriptor_zh", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "descriptor_en", nullable = false))
    })
    private BilingualText descriptor;

    protected RubricLevel() {
        // for JPA
    }

    RubricLevel(int points, BilingualText descriptor) {
        this.points = points;
        this.descriptor = descriptor;
    }

    public int points() {
        return points;
    }

    public BilingualText descriptor() {
        return descriptor;
    }
}
