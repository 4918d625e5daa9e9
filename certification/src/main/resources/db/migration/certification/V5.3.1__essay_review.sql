-- Issue #5: blind double marking of essays. A script is an essay under an anonymous code; each
-- marking is one examiner's (or a chief examiner's) work on it; review_event keeps every mark,
-- change, adjudication and appeal, append-only.
-- Portable across MySQL 8, MariaDB 10.11 and H2 in MySQL mode.

-- The divergence threshold a chief examiner set for an essay prompt (others use the default).
CREATE TABLE review_prompt_setting (
    item_id            BIGINT       NOT NULL,
    divergence_percent INT          NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_review_prompt_setting_item FOREIGN KEY (item_id) REFERENCES exam_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An essay to mark. Live scripts come from submitted attempts; reference scripts (calibration)
-- have no sitting, attempt or candidate. Only this table knows whose essay a script is.
CREATE TABLE review_script (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               VARCHAR(12)   NOT NULL,
    kind               VARCHAR(12)   NOT NULL,
    sitting_id         BIGINT,
    attempt_id         BIGINT,
    attempt_item_id    BIGINT,
    candidate_id       BIGINT,
    item_version_id    BIGINT        NOT NULL,
    essay_text         MEDIUMTEXT    NOT NULL,
    max_points         INT           NOT NULL,
    divergence_percent INT           NOT NULL,
    state              VARCHAR(14)   NOT NULL,
    final_points       DECIMAL(10, 2),
    final_basis        VARCHAR(12),
    finalised_at       DATETIME(6),
    created_at         DATETIME(6)   NOT NULL,
    retired            BOOLEAN       NOT NULL DEFAULT FALSE,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_script_code UNIQUE (code),
    CONSTRAINT uk_review_script_attempt_item UNIQUE (attempt_item_id),
    CONSTRAINT fk_review_script_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id),
    CONSTRAINT fk_review_script_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_review_script_attempt_item FOREIGN KEY (attempt_item_id) REFERENCES exam_attempt_item (id),
    CONSTRAINT fk_review_script_version FOREIGN KEY (item_version_id) REFERENCES exam_item_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_review_script_sitting ON review_script (sitting_id, state);
CREATE INDEX ix_review_script_attempt ON review_script (attempt_id);

-- One examiner's marking of a script: a first or second mark, a calibration mark, the agreed
-- mark of a reference script, an adjudication or an appeal re-mark. examiner_id is null while
-- the place waits for an examiner nobody could take.
CREATE TABLE review_marking (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    script_id        BIGINT         NOT NULL,
    role             VARCHAR(12)    NOT NULL,
    examiner_id      BIGINT,
    state            VARCHAR(12)    NOT NULL,
    overall_feedback TEXT,
    reason           TEXT,
    total_points     DECIMAL(10, 2),
    assigned_at      DATETIME(6)    NOT NULL,
    saved_at         DATETIME(6),
    submitted_at     DATETIME(6),
    version          BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_marking_script FOREIGN KEY (script_id) REFERENCES review_script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_review_marking_examiner ON review_marking (examiner_id, state);
CREATE INDEX ix_review_marking_script ON review_marking (script_id);

-- The points and feedback a marking gives one rubric criterion.
CREATE TABLE review_criterion_mark (
    marking_id   BIGINT   NOT NULL,
    position     INT      NOT NULL,
    criterion_id BIGINT   NOT NULL,
    points       DECIMAL(10, 2),
    feedback     TEXT,
    PRIMARY KEY (marking_id, position),
    CONSTRAINT fk_review_criterion_mark_marking FOREIGN KEY (marking_id) REFERENCES review_marking (id),
    CONSTRAINT fk_review_criterion_mark_criterion FOREIGN KEY (criterion_id) REFERENCES exam_rubric_criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an examiner declared: an organisation, or a named candidate, they must not mark.
CREATE TABLE review_conflict (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    examiner_id   BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    organisation  VARCHAR(200),
    candidate_id  BIGINT,
    declared_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_review_conflict_examiner ON review_conflict (examiner_id);

-- A candidate's appeal against an essay mark.
CREATE TABLE review_appeal (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    script_id       BIGINT         NOT NULL,
    candidate_id    BIGINT         NOT NULL,
    reason          TEXT           NOT NULL,
    lodged_at       DATETIME(6)    NOT NULL,
    state           VARCHAR(10)    NOT NULL,
    points_before   DECIMAL(10, 2) NOT NULL,
    points_after    DECIMAL(10, 2),
    decided_by      BIGINT,
    decided_at      DATETIME(6),
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_appeal_script UNIQUE (script_id),
    CONSTRAINT fk_review_appeal_script FOREIGN KEY (script_id) REFERENCES review_script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Two scripts of a sitting whose texts are alike; a chief examiner looks at them.
CREATE TABLE review_similarity_flag (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    sitting_id   BIGINT         NOT NULL,
    script_a_id  BIGINT         NOT NULL,
    script_b_id  BIGINT         NOT NULL,
    similarity   DECIMAL(5, 4)  NOT NULL,
    passages     TEXT           NOT NULL,
    state        VARCHAR(10)    NOT NULL,
    note         TEXT,
    detected_at  DATETIME(6)    NOT NULL,
    reviewed_by  BIGINT,
    reviewed_at  DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_review_similarity_pair UNIQUE (script_a_id, script_b_id),
    CONSTRAINT fk_review_similarity_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id),
    CONSTRAINT fk_review_similarity_a FOREIGN KEY (script_a_id) REFERENCES review_script (id),
    CONSTRAINT fk_review_similarity_b FOREIGN KEY (script_b_id) REFERENCES review_script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only history: every allocation, submitted mark, adjudication, final mark and appeal.
CREATE TABLE review_event (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    script_id   BIGINT         NOT NULL,
    marking_id  BIGINT,
    kind        VARCHAR(24)    NOT NULL,
    actor_id    BIGINT,
    points      DECIMAL(10, 2),
    detail      TEXT,
    occurred_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_event_script FOREIGN KEY (script_id) REFERENCES review_script (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_review_event_script ON review_event (script_id);
