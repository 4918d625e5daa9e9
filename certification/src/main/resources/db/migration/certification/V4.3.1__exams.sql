-- Issue #4: the confidential item bank (items with immutable versions once seen), blueprints per
-- level, sittings with registrations, attempts with their forms and saved answers.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- An item's stable identity; what it says lives in its versions.
CREATE TABLE exam_item (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    item_key           VARCHAR(40)  NOT NULL,
    current_version_no INT          NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_item_key UNIQUE (item_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One version of an item. Once an attempt has shown it (seen = true) it never changes again.
CREATE TABLE exam_item_version (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    item_id           BIGINT         NOT NULL,
    version_no        INT            NOT NULL,
    item_type         VARCHAR(20)    NOT NULL,
    course_code       VARCHAR(16)    NOT NULL,
    level             VARCHAR(12)    NOT NULL,
    difficulty        VARCHAR(8)     NOT NULL,
    status            VARCHAR(10)    NOT NULL,
    points            INT            NOT NULL,
    stem_zh           MEDIUMTEXT     NOT NULL,
    stem_en           MEDIUMTEXT     NOT NULL,
    explanation_zh    VARCHAR(4000),
    explanation_en    VARCHAR(4000),
    source_note       VARCHAR(500),
    numeric_answer    DECIMAL(24, 8),
    numeric_tolerance DECIMAL(24, 8),
    unit_zh           VARCHAR(40),
    unit_en           VARCHAR(40),
    seen              BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_item_version UNIQUE (item_id, version_no),
    CONSTRAINT fk_exam_item_version_item FOREIGN KEY (item_id) REFERENCES exam_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_item_version_draw ON exam_item_version (level, course_code, difficulty, status);

CREATE TABLE exam_item_option (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    version_id BIGINT        NOT NULL,
    position   INT           NOT NULL,
    text_zh    VARCHAR(1000) NOT NULL,
    text_en    VARCHAR(1000) NOT NULL,
    correct    BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_exam_item_option_version FOREIGN KEY (version_id) REFERENCES exam_item_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_item_option_version ON exam_item_option (version_id, position);

-- The analytic rubric of an essay item version: criteria, each with its level descriptors.
CREATE TABLE exam_rubric_criterion (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    title_zh   VARCHAR(200) NOT NULL,
    title_en   VARCHAR(200) NOT NULL,
    points     INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_exam_rubric_criterion_version FOREIGN KEY (version_id) REFERENCES exam_item_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exam_rubric_level (
    criterion_id  BIGINT        NOT NULL,
    position      INT           NOT NULL,
    points        INT           NOT NULL,
    descriptor_zh VARCHAR(2000) NOT NULL,
    descriptor_en VARCHAR(2000) NOT NULL,
    PRIMARY KEY (criterion_id, position),
    CONSTRAINT fk_exam_rubric_level_criterion FOREIGN KEY (criterion_id) REFERENCES exam_rubric_criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an exam of a level looks like, and which courses a candidate must have completed.
CREATE TABLE exam_blueprint (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    level                  VARCHAR(12) NOT NULL,
    duration_minutes       INT         NOT NULL,
    essay_count            INT         NOT NULL,
    objective_pass_percent INT         NOT NULL,
    essay_pass_percent     INT         NOT NULL,
    shuffle_options        BOOLEAN     NOT NULL,
    updated_at             DATETIME(6) NOT NULL,
    version                BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_blueprint_level UNIQUE (level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exam_blueprint_cell (
    blueprint_id BIGINT      NOT NULL,
    course_code  VARCHAR(16) NOT NULL,
    difficulty   VARCHAR(8)  NOT NULL,
    item_count   INT         NOT NULL,
    PRIMARY KEY (blueprint_id, course_code, difficulty),
    CONSTRAINT fk_exam_blueprint_cell_blueprint FOREIGN KEY (blueprint_id) REFERENCES exam_blueprint (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exam_required_course (
    blueprint_id BIGINT      NOT NULL,
    course_code  VARCHAR(16) NOT NULL,
    PRIMARY KEY (blueprint_id, course_code),
    CONSTRAINT fk_exam_required_course_blueprint FOREIGN KEY (blueprint_id) REFERENCES exam_blueprint (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A sitting copies its level's blueprint when it is created (cells, essays, duration, pass marks,
-- shuffling, required courses), so that later blueprint edits never change an exam candidates
-- registered for, and every candidate of one sitting gets a form of the same shape.
CREATE TABLE exam_sitting (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    title_zh               VARCHAR(200) NOT NULL,
    title_en               VARCHAR(200) NOT NULL,
    level                  VARCHAR(12)  NOT NULL,
    blueprint_id           BIGINT       NOT NULL,
    opens_at               DATETIME(6)  NOT NULL,
    closes_at              DATETIME(6)  NOT NULL,
    capacity               INT          NOT NULL,
    duration_minutes       INT          NOT NULL,
    objective_pass_percent INT          NOT NULL,
    essay_pass_percent     INT          NOT NULL,
    essay_count            INT          NOT NULL,
    shuffle_options        BOOLEAN      NOT NULL,
    results_released_at    DATETIME(6),
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_exam_sitting_blueprint FOREIGN KEY (blueprint_id) REFERENCES exam_blueprint (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_sitting_window ON exam_sitting (closes_at, opens_at);

CREATE TABLE exam_sitting_cell (
    sitting_id  BIGINT      NOT NULL,
    course_code VARCHAR(16) NOT NULL,
    difficulty  VARCHAR(8)  NOT NULL,
    item_count  INT         NOT NULL,
    PRIMARY KEY (sitting_id, course_code, difficulty),
    CONSTRAINT fk_exam_sitting_cell_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exam_sitting_required_course (
    sitting_id  BIGINT      NOT NULL,
    course_code VARCHAR(16) NOT NULL,
    PRIMARY KEY (sitting_id, course_code),
    CONSTRAINT fk_exam_sitting_required_course_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- account_id refers to the web application's accounts by id (no foreign key across modules).
CREATE TABLE exam_registration (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    sitting_id    BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    extra_minutes INT         NOT NULL DEFAULT 0,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_registration UNIQUE (sitting_id, account_id),
    CONSTRAINT fk_exam_registration_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_registration_account ON exam_registration (account_id);

-- One attempt per registration (the unique key makes concurrent starts safe).
CREATE TABLE exam_attempt (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    registration_id         BIGINT        NOT NULL,
    sitting_id              BIGINT        NOT NULL,
    account_id              BIGINT        NOT NULL,
    started_at              DATETIME(6)   NOT NULL,
    deadline                DATETIME(6)   NOT NULL,
    state                   VARCHAR(12)   NOT NULL,
    submitted_at            DATETIME(6),
    submitted_automatically BOOLEAN       NOT NULL DEFAULT FALSE,
    objective_points        DECIMAL(10, 2),
    objective_max           INT           NOT NULL,
    essay_points            DECIMAL(10, 2),
    essay_max               INT           NOT NULL,
    outcome                 VARCHAR(12)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_attempt_registration UNIQUE (registration_id),
    CONSTRAINT fk_exam_attempt_registration FOREIGN KEY (registration_id) REFERENCES exam_registration (id),
    CONSTRAINT fk_exam_attempt_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_attempt_overdue ON exam_attempt (state, deadline);
CREATE INDEX ix_exam_attempt_account ON exam_attempt (account_id);

-- The form a candidate was given: item versions in order, with the order of their options.
CREATE TABLE exam_attempt_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    attempt_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    item_version_id BIGINT        NOT NULL,
    option_order    VARCHAR(400),
    points_awarded  DECIMAL(10, 2),
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_attempt_item UNIQUE (attempt_id, item_version_id),
    CONSTRAINT fk_exam_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_exam_attempt_item_version FOREIGN KEY (item_version_id) REFERENCES exam_item_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last saved answer to an item of an attempt; revision counts the saves that changed it.
CREATE TABLE exam_answer (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    attempt_item_id BIGINT         NOT NULL,
    selected        VARCHAR(400),
    numeric_value   DECIMAL(24, 8),
    essay_text      MEDIUMTEXT,
    saved_at        DATETIME(6)    NOT NULL,
    revision        INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exam_answer_item UNIQUE (attempt_item_id),
    CONSTRAINT fk_exam_answer_attempt_item FOREIGN KEY (attempt_item_id) REFERENCES exam_attempt_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
