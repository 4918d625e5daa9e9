package org.techbroker.courses.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.CourseRepository;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.shared.LikePattern;

/** Courses in the relational database, through JPA. */
@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "techbroker")
    EntityManager entityManager;

    @Override
    public Optional<Course> findByCode(CourseCode code) {
        return entityManager
                .createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", code.value())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public boolean exists(CourseCode code) {
        return entityManager
                        .createQuery("select count(c) from Course c where c.code = :code", Long.class)
                        .setParameter("code", code.value())
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Course> findPublished(CatalogQuery query) {
        StringBuilder jpql = new StringBuilder("select distinct c from Course c");
        if (query.level() != null) {
            jpql.append(" join c.levels l");
        }
        if (query.track() != null) {
            jpql.append(" join c.tracks t");
        }
        jpql.append(" where c.status = :published");
        if (query.text() != null) {
            // Chinese texts are lower-cased too: they often hold Latin words (PCT, NTTC, OTL).
            jpql.append(" and (lower(c.title.en) like :text escape '!' or lower(c.title.zh) like :text escape '!'"
                    + " or lower(c.summary.en) like :text escape '!' or lower(c.summary.zh) like :text escape '!'"
                    + " or lower(c.code) like :text escape '!')");
        }
        if (query.level() != null) {
            jpql.append(" and l = :level");
        }
        if (query.track() != null) {
            jpql.append(" and t = :track");
        }
        if (query.syllabusModule() != null) {
            jpql.append(" and c.syllabusModule = :syllabusModule");
        }
        jpql.append(" order by c.code");
        TypedQuery<Course> typed = entityManager.createQuery(jpql.toString(), Course.class);
        typed.setParameter("published", CourseStatus.PUBLISHED);
        if (query.text() != null) {
            typed.setParameter("text", LikePattern.containing(query.text()));
        }
        if (query.level() != null) {
            typed.setParameter("level", query.level());
        }
        if (query.track() != null) {
            typed.setParameter("track", query.track());
        }
        if (query.syllabusModule() != null) {
            typed.setParameter("syllabusModule", query.syllabusModule());
        }
        return typed.getResultList();
    }

    @Override
    public List<Course> findAll() {
        return entityManager
                .createQuery("select c from Course c order by c.code", Course.class)
                .getResultList();
    }

    @Override
    public Optional<Lesson> findLesson(long lessonId) {
        return Optional.ofNullable(entityManager.find(Lesson.class, lessonId));
    }

    @Override
    public Optional<CourseModule> findModule(long moduleId) {
        return Optional.ofNullable(entityManager.find(CourseModule.class, moduleId));
    }

    @Override
    public Optional<LessonAttachment> findAttachment(long attachmentId) {
        return Optional.ofNullable(entityManager.find(LessonAttachment.class, attachmentId));
    }

    @Override
    public boolean isStorageKeyUsed(String storageKey, Collection<Long> exceptAttachmentIds) {
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(a) from LessonAttachment a where a.storageKey = :key"
                        + (exceptAttachmentIds.isEmpty() ? "" : " and a.id not in :except"),
                Long.class);
        count.setParameter("key", storageKey);
        if (!exceptAttachmentIds.isEmpty()) {
            count.setParameter("except", exceptAttachmentIds);
        }
        return count.getSingleResult() > 0;
    }

    @Override
    public void add(Course course) {
        entityManager.persist(course);
    }
}
