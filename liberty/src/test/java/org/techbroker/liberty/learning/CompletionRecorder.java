package org.techbroker.liberty.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.techbroker.courses.enrolment.CourseCompleted;

/** Records every {@link CourseCompleted} event, as CPD crediting and exam eligibility will observe it. */
@ApplicationScoped
public class CompletionRecorder {

    private final List<CourseCompleted> events = new CopyOnWriteArrayList<>();

    void record(@Observes CourseCompleted event) {
        events.add(event);
    }

    public List<CourseCompleted> events() {
        return List.copyOf(events);
    }
}
