package io.github.camelbitget.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the code in the guides equal to code that the build compiles and runs: a block preceded by
 * {@code <!-- snippet: <file from the repository root>#<tag> -->} must hold exactly the lines between
 * {@code tag::<tag>[]} and {@code end::<tag>[]} in that file. Run with {@code -Dbitget.docs.update=true} to copy them
 * into the guides.
 */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\n```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void guidesShowTheTestedCode() throws IOException {
        List<String> stale = new ArrayList<>();
        int snippets = 0;
        for (Path guide : guides()) {
            String text = Files.readString(guide);
            Matcher matcher = SNIPPET.matcher(text);
            StringBuilder updated = new StringBuilder();
            while (matcher.find()) {
                snippets++;
                String source = region(ROOT.resolve(matcher.group(1)), matcher.group(2));
                if (!source.equals(matcher.group(4))) {
                    stale.add(guide.getFileName() + ": " + matcher.group(1) + "#" + matcher.group(2));
                }
                matcher.appendReplacement(updated, Matcher.quoteReplacement("<!-- snippet: " + matcher.group(1) + "#"
                        + matcher.group(2) + " -->\n```" + matcher.group(3) + "\n" + source + "```"));
            }
            matcher.appendTail(updated);
            if (Boolean.getBoolean("bitget.docs.update")) {
                Files.writeString(guide, updated.toString());
            }
        }
        assertThat(snippets).as("snippets found in docs/").isGreaterThanOrEqualTo(5);
        if (!Boolean.getBoolean("bitget.docs.update")) {
            assertThat(stale).as("guides whose code differs from the tested source; run with"
                                 + " -Dbitget.docs.update=true").isEmpty();
        }
    }

    private static List<Path> guides() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            List<Path> guides = new ArrayList<>(files.filter(file -> file.toString().endsWith(".md")).sorted()
                    .toList());
            guides.add(ROOT.resolve("README.md"));
            return guides;
        }
    }

    /** The tagged lines, with the indentation they share removed. */
    private static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("tag::" + tag + "[]")) {
                start = i + 1;
            } else if (lines.get(i).contains("end::" + tag + "[]")) {
                end = i;
            }
        }
        assertThat(start).as("tag " + tag + " in " + file).isPositive();
        assertThat(end).as("end of tag " + tag + " in " + file).isGreaterThanOrEqualTo(start);
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : region) {
            text.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return text.toString();
    }
}
