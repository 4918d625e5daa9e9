package org.techbroker.courses.catalog;

import java.util.List;

/**
 * What an author writes for a lesson. The bodies are HTML, already sanitised by the time they
 * reach a {@link Lesson}; the slug names the lesson in URLs and identifies it on re-import.
 */
public record LessonContent(
        String slug, BilingualText title, BilingualText body, int estimatedMinutes, List<String> sources) {

    public LessonContent {
        sources = List.copyOf(sources);
    }
}
