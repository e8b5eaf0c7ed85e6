package io.newswire.enrich.topics;

import java.util.List;

/** The topics (best first, several per article) and subjects of an article. */
public record TopicResult(List<TopicAssignment> topics, List<SubjectAssignment> subjects) {
    public TopicResult {
        topics = List.copyOf(topics);
        subjects = List.copyOf(subjects);
    }
}
