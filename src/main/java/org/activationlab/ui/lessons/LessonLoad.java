package org.activationlab.ui.lessons;

import java.util.List;

/**
 * What loading the lessons gave: the lessons that are usable, in lesson order, and one message
 * per file that is not (naming the file and what is wrong with it).
 */
public record LessonLoad(List<Lesson> lessons, List<String> problems) {
    public LessonLoad {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }
}
