package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.footage.safety.Level;
import org.lessonstudio.footage.safety.SafetyCheck;

/** The standard template's own words ("No text, captions, logos or watermarks") pass the safety check. */
class StandardTemplateSafetyTest {

    @Test
    void theStandardTemplatePassesAtEveryLevel() throws Exception {
        String template = new String(PromptTemplates.class.getResourceAsStream("templates/shot.ftl").readAllBytes(),
                StandardCharsets.UTF_8);
        List<PromptPiece> prompt = PromptTemplates.paragraph(template.replaceAll("(?s)<#--.*?-->", "")
                .replaceAll("<[#/][^>]*>", "").replaceAll("\\$\\{[^}]*}", "\uE000value\uE001"));
        assertTrue(prompt.stream().anyMatch(p -> p.text().contains("logos")), "the template's own words: " + prompt);
        SafetyCheck check = SafetyCheck.load(null);
        for (Level level : Level.values()) {
            assertEquals(List.of(), check.check(prompt, level).refusals(), level.word());
        }
    }
}
