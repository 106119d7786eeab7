package org.lessonstudio.dsl.course;

import java.util.List;

/** A multiple-choice question after a lesson's video: its answers, and which one is right (from 0). */
public record Question(String text, List<String> answers, int correct) {

    public Question {
        answers = List.copyOf(answers);
    }
}
