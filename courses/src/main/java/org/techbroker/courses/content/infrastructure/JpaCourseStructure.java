package org.techbroker.courses.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.content.CourseStructure;

/**
 * {@link CourseStructure} in JPA. A lesson's module is not updatable through the entity (the
 * domain never moves a lesson across modules), and moving it between the modules' collections
 * would make orphan removal delete it; so the move is one SQL update of its module, after which
 * the course is read again.
 */
@ApplicationScoped
public class JpaCourseStructure implements CourseStructure {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public void moveLesson(Lesson lesson, CourseModule target) {
        entityManager.flush();
        entityManager
                .createNativeQuery("update lesson set module_id = ?1 where id = ?2")
                .setParameter(1, target.id())
                .setParameter(2, lesson.id())
                .executeUpdate();
    }

    @Override
    public Course reload(Course course) {
        entityManager.flush();
        entityManager.detach(course);
        return entityManager
                .createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", course.code().value())
                .getSingleResult();
    }
}
