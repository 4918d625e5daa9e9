package org.techbroker.liberty.support;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the tests deploy. Every one starts from the very WAR that the app module built
 * (system property {@code techbroker.war}), so the tests exercise what ships, and only adds to it.
 */
public final class Deployments {

    private static final Class<?>[] REGISTRY_FIXTURES = {
        RegistryFixtures.class, RegistryFixtures.Issued.class, RegistryFixtures.PendingRequest.class
    };

    private Deployments() {}

    /** The application exactly as built. */
    public static WebArchive application() {
        String war = System.getProperty("techbroker.war");
        if (war == null) {
            throw new IllegalStateException("System property techbroker.war must name the application's WAR");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** The application plus {@link TestSupportServlet}, for client tests that need an administrator. */
    public static WebArchive withTestSupport() {
        return application().addClasses(TestSupportServlet.class, TestAccount.class);
    }

    /**
     * The application plus the course and exam fixtures and their servlets, for client tests and
     * browser journeys that sit exams.
     */
    public static WebArchive withExamSupport() {
        return withTestSupport()
                .addClasses(
                        CourseFixtures.class,
                        SeededCourse.class,
                        ExamFixtures.class,
                        ExamFixtures.SeededExam.class,
                        ExamSupportServlet.class);
    }

    /** The exam support plus seeded essay review, for client tests and journeys that mark essays. */
    public static WebArchive withReviewSupport() {
        return withExamSupport()
                .addClasses(ReviewFixtures.class, ReviewFixtures.SubmittedScripts.class, ReviewSupportServlet.class);
    }

    /**
     * The exam support plus the registry's fixtures and {@link RegistrySupportServlet}, for client
     * tests and journeys that need people and certificates.
     */
    public static WebArchive withRegistrySupport() {
        return withExamSupport().addClasses(REGISTRY_FIXTURES).addClass(RegistrySupportServlet.class);
    }

    /**
     * The application plus in-container test classes and what they use: the support classes and
     * AssertJ (Arquillian adds JUnit and its own protocol).
     */
    public static WebArchive inContainer(Class<?>... testClasses) {
        return application()
                .addClasses(testClasses)
                .addClasses(Deployments.class, TestAccount.class)
                .addAsLibrary(jarOf(Assertions.class));
    }

    /**
     * {@link #inContainer} plus {@link RegistryFixtures} and what it uses, for in-container tests
     * that seed people and certificates.
     */
    public static WebArchive inContainerWithRegistry(Class<?>... testClasses) {
        return inContainer(testClasses)
                .addClasses(CourseFixtures.class, SeededCourse.class, ExamFixtures.class, ExamFixtures.SeededExam.class)
                .addClasses(REGISTRY_FIXTURES);
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type, e);
        }
    }
}
