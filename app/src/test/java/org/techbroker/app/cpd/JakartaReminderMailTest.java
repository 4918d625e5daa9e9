package org.techbroker.app.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.cpd.ReminderMail;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.shared.QualificationLevel;

class JakartaReminderMailTest {

    private static final ReminderMail.Letter LETTER = new ReminderMail.Letter(
            "trainee@demo.techbroker.org",
            new HolderNames("李明", "LI Ming"),
            "TB-2026-J-000123-7",
            QualificationLevel.JUNIOR,
            LocalDate.of(2029, 11, 27),
            60,
            new BigDecimal("18.50"),
            new BigDecimal("40.00"));

    @Test
    void theSubjectSaysNumberAndDaysInBothLanguages() {
        assertThat(JakartaReminderMail.subject(LETTER))
                .isEqualTo("证书 TB-2026-J-000123-7 将于 60 天后到期 / Certificate TB-2026-J-000123-7 expires in 60 days");
    }

    @Test
    void theBodyIsChineseThenEnglish() {
        String body = JakartaReminderMail.body(LETTER);
        assertThat(body.indexOf("李明")).isLessThan(body.indexOf("LI Ming"));
        assertThat(body)
                .contains("初级")
                .contains("Junior")
                .contains("18.50")
                .contains("40.00")
                .contains("November 27, 2029")
                .contains("2029年11月27日")
                .doesNotContain("{");
    }
}
