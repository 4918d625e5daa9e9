package org.techbroker.courses.catalog;

/**
 * The module of China's national syllabus for technology-transfer professionals (2020) that a
 * course belongs to: 公共知识, 政策法规, 实务技能 or 能力提升.
 */
public enum SyllabusModule {
    PUBLIC_KNOWLEDGE,
    POLICY_LAW,
    PRACTICAL_SKILLS,
    CAPABILITY
}
