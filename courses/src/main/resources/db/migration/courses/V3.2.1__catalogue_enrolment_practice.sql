-- Issue #3: the course catalogue (courses, modules, lessons, attachments), the practice bank,
-- enrolments with lesson progress, and quiz attempts.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE course (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(16)   NOT NULL,
    title_zh        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    summary_zh      VARCHAR(1000) NOT NULL,
    summary_en      VARCHAR(1000) NOT NULL,
    syllabus_module VARCHAR(20)   NOT NULL,
    credit_hours    INT           NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_level (
    course_id BIGINT      NOT NULL,
    level     VARCHAR(12) NOT NULL,
    PRIMARY KEY (course_id, level),
    CONSTRAINT fk_course_level_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_track (
    course_id BIGINT      NOT NULL,
    track     VARCHAR(12) NOT NULL,
    PRIMARY KEY (course_id, track),
    CONSTRAINT fk_course_track_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_prerequisite (
    course_id         BIGINT      NOT NULL,
    prerequisite_code VARCHAR(16) NOT NULL,
    PRIMARY KEY (course_id, prerequisite_code),
    CONSTRAINT fk_course_prerequisite_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_module (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    course_id          BIGINT       NOT NULL,
    position           INT          NOT NULL,
    title_zh           VARCHAR(200) NOT NULL,
    title_en           VARCHAR(200) NOT NULL,
    pass_mark_percent  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_course_module_course ON course_module (course_id, position);

CREATE TABLE lesson (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    module_id         BIGINT       NOT NULL,
    position          INT          NOT NULL,
    slug              VARCHAR(80)  NOT NULL,
    title_zh          VARCHAR(200) NOT NULL,
    title_en          VARCHAR(200) NOT NULL,
    body_zh           MEDIUMTEXT   NOT NULL,
    body_en           MEDIUMTEXT   NOT NULL,
    estimated_minutes INT          NOT NULL,
    sources           VARCHAR(6500) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_lesson_module ON lesson (module_id, position);

CREATE TABLE lesson_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    lesson_id    BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(60)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    storage_key  VARCHAR(100) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_attachment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE practice_item (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    module_id         BIGINT         NOT NULL,
    position          INT            NOT NULL,
    item_type         VARCHAR(20)    NOT NULL,
    stem_zh           VARCHAR(2000)  NOT NULL,
    stem_en           VARCHAR(2000)  NOT NULL,
    explanation_zh    VARCHAR(4000)  NOT NULL,
    explanation_en    VARCHAR(4000)  NOT NULL,
    true_false_answer BOOLEAN,
    numeric_answer    DECIMAL(24, 8),
    numeric_tolerance DECIMAL(24, 8),
    unit_zh           VARCHAR(20),
    unit_en           VARCHAR(20),
    PRIMARY KEY (id),
    CONSTRAINT fk_practice_item_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_practice_item_module ON practice_item (module_id, position);

CREATE TABLE practice_option (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    item_id    BIGINT       NOT NULL,
    option_key CHAR(1)      NOT NULL,
    position   INT          NOT NULL,
    text_zh    VARCHAR(500) NOT NULL,
    text_en    VARCHAR(500) NOT NULL,
    correct    BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_practice_option_key UNIQUE (item_id, option_key),
    CONSTRAINT fk_practice_option_item FOREIGN KEY (item_id) REFERENCES practice_item (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's enrolment in a course. account_id refers to the web application's accounts by id
-- only: the modules stay independent, so there is no foreign key across them.
CREATE TABLE enrolment (
    id                      BIGINT      NOT NULL AUTO_INCREMENT,
    account_id              BIGINT      NOT NULL,
    course_id               BIGINT      NOT NULL,
    enrolled_at             DATETIME(6) NOT NULL,
    last_lesson_id          BIGINT,
    completed_at            DATETIME(6),
    completion_credit_hours INT,
    version                 BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_enrolment_account_course UNIQUE (account_id, course_id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_completed ON enrolment (account_id, completed_at);

CREATE TABLE lesson_progress (
    enrolment_id BIGINT      NOT NULL,
    lesson_id    BIGINT      NOT NULL,
    done_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quiz_attempt (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id    BIGINT       NOT NULL,
    module_id       BIGINT       NOT NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    correct_count   INT          NOT NULL,
    item_count      INT          NOT NULL,
    score_percent   DECIMAL(5, 2) NOT NULL,
    passed          BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_quiz_attempt_enrolment ON quiz_attempt (enrolment_id, module_id, passed);
