package org.techbroker.liberty.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.courses.CoursesException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonAttachment;
import org.techbroker.courses.catalog.LessonContent;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.content.AttachmentStore;
import org.techbroker.courses.enrolment.EnrolmentService;
import org.techbroker.courses.enrolment.Progress;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * In the server: editing a published lesson keeps it, and with it every trainee's progress and
 * completion; uploads are checked before anything is attached; attachment files are kept once per
 * content and go once the removal of the last attachment that refers to them commits.
 */
@ExtendWith(ArquillianExtension.class)
class LessonRevisionIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(LessonRevisionIT.class);
    }

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AccountService accounts;

    @Inject
    AttachmentStore store;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    private CourseCode freeCode() {
        for (int attempt = 0; attempt < 200; attempt++) {
            CourseCode code = new CourseCode("ZZB-%03d".formatted(RANDOM.nextInt(1000)));
            if (catalog.find(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("Every ZZB code is taken");
    }

    private static LessonContent content(String slug, String bodyEn) {
        return new LessonContent(
                slug,
                new BilingualText("课时 " + slug, "Lesson " + slug),
                new BilingualText("<p>正文</p>", bodyEn),
                10,
                List.of("Civil Code of the PRC, Art. 850"));
    }

    private CourseCode courseWithTwoLessons(List<Long> lessonIds) {
        CourseCode code = freeCode();
        catalog.createCourse(
                code,
                new CourseDescription(
                        new BilingualText("修订测试", "Revision test"),
                        new BilingualText("简介", "Summary"),
                        Set.of(QualificationLevel.JUNIOR),
                        Set.of(Track.SERVICE),
                        Set.of(),
                        SyllabusModule.POLICY_LAW,
                        2));
        CourseModule module = catalog.addModule(code, new BilingualText("单元", "Module"), 70);
        lessonIds.add(catalog.addLesson(code, module.id(), content("one", "<p>First version.</p>"))
                .id());
        lessonIds.add(catalog.addLesson(code, module.id(), content("two", "<p>Second lesson.</p>"))
                .id());
        catalog.publish(code);
        return code;
    }

    private AccountId trainee() {
        TestAccount trainee = TestAccount.fresh("revise");
        return accounts.register(trainee.details(), trainee.password(), Locale.ENGLISH, Actor.system())
                .id();
    }

    @Test
    void revisingAPublishedLessonKeepsItsIdAndEveryTraineesProgress() {
        List<Long> lessons = new java.util.ArrayList<>();
        CourseCode code = courseWithTwoLessons(lessons);
        AccountId trainee = trainee();
        enrolments.enrol(trainee, code);
        enrolments.markLessonDone(trainee, lessons.get(0));

        Lesson revised = catalog.reviseLesson(code, lessons.get(0), content("renamed", "<p>Second version.</p>"));

        assertThat(revised.id()).isEqualTo(lessons.get(0));
        assertThat(revised.slug()).isEqualTo("one");
        assertThat(catalog.findLesson(lessons.get(0)).orElseThrow().body().en()).isEqualTo("<p>Second version.</p>");
        Progress progress = enrolments.progress(trainee, code);
        assertThat(progress.lessonsDone()).isEqualTo(1);
        assertThat(progress.lessonCount()).isEqualTo(2);

        enrolments.markLessonDone(trainee, lessons.get(1));
        assertThat(enrolments.completion(trainee, code)).isPresent();

        catalog.reviseLesson(code, lessons.get(1), content("two", "<p>Second lesson, revised.</p>"));
        assertThat(enrolments.progress(trainee, code).percent()).isEqualTo(100);
        assertThat(enrolments.completion(trainee, code)).isPresent();
    }

    @Test
    void anAttachmentInATransactionThatRollsBackIsNotAttached() throws Exception {
        List<Long> lessons = new java.util.ArrayList<>();
        CourseCode code = courseWithTwoLessons(lessons);

        transaction.begin();
        try {
            catalog.attach(code, lessons.get(0), "rolled-back.pdf", pdf("rolled back"));
        } finally {
            transaction.rollback();
        }

        assertThat(attachmentCount(lessons.get(0))).isZero();
    }

    @Test
    void theFileOfARemovedAttachmentOrLessonIsDeletedOnceNothingRefersToIt() throws Exception {
        List<Long> lessons = new java.util.ArrayList<>();
        CourseCode code = courseWithTwoLessons(lessons);
        String marker = Long.toHexString(RANDOM.nextLong());
        LessonAttachment shared = catalog.attach(code, lessons.get(0), "shared.pdf", pdf("shared " + marker));
        LessonAttachment sameBytes = catalog.attach(code, lessons.get(1), "copy.pdf", pdf("shared " + marker));
        LessonAttachment detached = catalog.attach(code, lessons.get(0), "detached.pdf", pdf("detached " + marker));
        LessonAttachment ofRemovedLesson =
                catalog.attach(code, lessons.get(1), "with-lesson.pdf", pdf("with lesson " + marker));
        assertThat(sameBytes.storageKey()).as("one file per content").isEqualTo(shared.storageKey());

        catalog.detach(code, lessons.get(0), detached.id());
        catalog.removeLesson(code, lessons.get(1));

        assertThatThrownBy(() -> store.open(detached.storageKey())).isInstanceOf(CoursesException.class);
        assertThatThrownBy(() -> store.open(ofRemovedLesson.storageKey())).isInstanceOf(CoursesException.class);
        assertThat(read(shared.storageKey()))
                .as("still the file of the first lesson's attachment")
                .isNotEmpty();
        assertThat(catalog.findAttachment(shared.id())).isPresent();
        assertThat(catalog.findAttachment(detached.id())).isEmpty();

        // A removal that rolls back keeps the file.
        transaction.begin();
        try {
            catalog.detach(code, lessons.get(0), shared.id());
        } finally {
            transaction.rollback();
        }
        assertThat(read(shared.storageKey())).isNotEmpty();

        catalog.detach(code, lessons.get(0), shared.id());
        assertThatThrownBy(() -> store.open(shared.storageKey())).isInstanceOf(CoursesException.class);
    }

    @Test
    void refusedUploadsAreNotAttached() throws Exception {
        List<Long> lessons = new java.util.ArrayList<>();
        CourseCode code = courseWithTwoLessons(lessons);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        assertThatThrownBy(() -> catalog.attach(code, lessons.get(0), "image.pdf", new ByteArrayInputStream(png)))
                .hasMessage("courses.error.attachment_content");
        assertThatThrownBy(() -> catalog.attach(code, lessons.get(0), "page.html", pdf("x")))
                .hasMessage("courses.error.attachment_type");
        assertThatThrownBy(() -> catalog.attach(
                        code, lessons.get(0), "huge.pdf", new ByteArrayInputStream(new byte[11 * 1024 * 1024])))
                .hasMessage("courses.error.attachment_too_large");
        assertThat(attachmentCount(lessons.get(0))).isZero();
    }

    private byte[] read(String storageKey) throws java.io.IOException {
        try (InputStream in = store.open(storageKey)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aLessonHasAtMostTwentyFiles() throws Exception {
        List<Long> lessons = new java.util.ArrayList<>();
        CourseCode code = courseWithTwoLessons(lessons);
        for (int i = 0; i < Lesson.ATTACHMENTS_MAX; i++) {
            catalog.attach(code, lessons.get(0), "file-" + i + ".pdf", pdf("file " + i));
        }

        assertThatThrownBy(() -> catalog.attach(code, lessons.get(0), "one-too-many.pdf", pdf("too many")))
                .isInstanceOf(CoursesException.class)
                .hasMessage("courses.error.attachments_count");
        assertThat(attachmentCount(lessons.get(0))).isEqualTo(Lesson.ATTACHMENTS_MAX);
    }

    /** The lesson's attachments are loaded lazily: counted inside a transaction. */
    private int attachmentCount(long lessonId) throws Exception {
        transaction.begin();
        try {
            return catalog.findLesson(lessonId).orElseThrow().attachments().size();
        } finally {
            transaction.commit();
        }
    }

    private static InputStream pdf(String text) {
        return new ByteArrayInputStream(
                ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
