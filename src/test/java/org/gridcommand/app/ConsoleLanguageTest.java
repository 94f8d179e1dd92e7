package org.gridcommand.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Chinese console speaks Chinese and an English one English: no "Cancel" or "registered on arrival" among Chinese
 * words, no 作废 in an English sentence, no SUPERVISE or WATER_LEVEL on either, no bundle key where a text is
 * missing. Checked on every resource bundle, and on every text of the main screens of the whole console on a demo
 * city (see {@link ConsoleTour}). Problems on other owners' screens that are being fixed elsewhere are listed, in
 * one place, in {@link KnownProblems}.
 */
class ConsoleLanguageTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void every_bundle_holds_only_its_own_language_and_both_languages_have_every_key() throws IOException {
        ForeignWords words = new ForeignWords(Set.of(), Set.of(), allKeys());
        List<String> problems = new ArrayList<>();
        Set<KnownProblems.Known> used = new HashSet<>();
        for (Path chinese : bundles()) {
            Path english = chinese.resolveSibling(chinese.getFileName().toString().replace(".properties",
                    "_en.properties"));
            String name = RESOURCES.relativize(chinese).toString();
            Map<String, String> zh = read(chinese);
            Map<String, String> en = Files.exists(english) ? read(english) : Map.of();
            for (String key : zh.keySet()) {
                if (!en.containsKey(key)) {
                    problems.add(name + ": " + key + " has no English text");
                }
            }
            for (String key : en.keySet()) {
                if (!zh.containsKey(key)) {
                    problems.add(name + ": " + key + " has no Chinese text");
                }
            }
            check(words, "zh", "bundle " + name, zh, problems, used);
            check(words, "en", "bundle " + RESOURCES.relativize(english), en, problems, used);
        }
        assertThat(bundles()).as("the bundles were found").hasSizeGreaterThan(5);
        assertThat(problems).as("bundle problems").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void the_main_screens_show_only_the_console_language(String lang) throws Exception {
        DemoConsole.City city = DemoConsole.city();
        Set<String> han = new HashSet<>(city.hanNames());
        Set<String> latin = new HashSet<>(city.latinNames());
        han.addAll(ForeignWords.hanRuns(DemoConsole.user(lang)));
        latin.addAll(ForeignWords.latinWords(DemoConsole.user(lang)));
        ForeignWords words = new ForeignWords(han, latin, allKeys());
        ConsoleTour tour = ConsoleTour.in(lang);

        Map<String, Set<String>> problems = new TreeMap<>();
        Map<String, Set<String>> known = new TreeMap<>();
        Set<KnownProblems.Known> used = new HashSet<>();
        for (ScreenText.Shown shown : tour.texts) {
            List<String> wrong = words.problems(shown.text(), lang);
            if (wrong.isEmpty()) {
                continue;
            }
            String line = String.format("[%s] %s (%s) %s: \"%s\" — %s  @ %s", lang, shown.feature(),
                    KnownProblems.owner(shown.feature()), shown.kind(), oneLine(shown.text()),
                    String.join(", ", wrong), shown.where());
            KnownProblems.Known match = KnownProblems.LEAKS.stream()
                    .filter(k -> k.covers(lang, shown.screen(), shown.feature(), shown.text(), shown.where()))
                    .findFirst().orElse(null);
            if (match != null) {
                used.add(match);
            }
            (match != null ? known : problems).computeIfAbsent(line, l -> new TreeSet<>()).add(shown.screen());
        }
        System.out.println("Known leaks still shown (" + lang + "), owners are fixing them:\n" + listed(known));
        stale(KnownProblems.LEAKS, lang, used);
        assertThat(tour.texts).as("texts were seen").hasSizeGreaterThan(100);
        assertThat(listed(problems)).as("texts in the wrong language or raw codes (" + lang + ")").isEmpty();
    }

    /** One line per problem, with the screens it was seen on. */
    static String listed(Map<String, Set<String>> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach((line, screens) -> out.append("  ").append(line).append("  on ").append(screens)
                .append('\n'));
        return out.toString();
    }

    @Test
    void known_problems_are_only_those_of_screens_fixed_on_other_branches() {
        Stream.concat(KnownProblems.LEAKS.stream(), KnownProblems.CLIPS.stream()).forEach(known ->
                assertThat(known.owner()).as(known.toString()).isIn("loop", "triage", "board", "map"));
    }

    private static void check(ForeignWords words, String lang, String bundle, Map<String, String> values,
                              List<String> problems, Set<KnownProblems.Known> used) {
        values.forEach((key, value) -> {
            String text = value.replaceAll("\\{[^}]*}", " ").replace("''", "'");
            List<String> wrong = words.problems(text, lang);
            if (!wrong.isEmpty()) {
                String line = key + "=" + value;
                KnownProblems.Known match = KnownProblems.LEAKS.stream()
                        .filter(k -> k.covers(lang, bundle, KnownProblems.featureOfBundle(bundle), line, ""))
                        .findFirst().orElse(null);
                if (match != null) {
                    used.add(match);
                } else {
                    problems.add(bundle + ": " + line + " — " + String.join(", ", wrong));
                }
            }
        });
    }

    static void stale(List<KnownProblems.Known> list, String lang, Set<KnownProblems.Known> used) {
        list.stream().filter(k -> k.lang().equals(lang) && !k.screen().startsWith("bundle ") && !used.contains(k))
                .forEach(k -> System.out.println("KnownProblems entry no longer needed: " + k));
    }

    /** The Chinese (default) file of every bundle: messages.properties in every feature folder. */
    static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path bundle : bundles()) {
            keys.addAll(read(bundle).keySet());
        }
        return keys;
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        p.forEach((k, v) -> values.put(k.toString(), v.toString()));
        return values;
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', '⏎');
        return flat.length() > 120 ? flat.substring(0, 117) + "…" : flat;
    }
}
