package org.gridcommand.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A duty officer finds the 事项 for a report by typing what comes to mind: a code, a word, pinyin initials. */
class CategoryFinderTest {
    @TempDir
    static Path dir;
    static TriageTown town;
    static CategoryFinder finder;

    @BeforeAll
    static void open() {
        town = new TriageTown(TestDatabases.h2(dir));
        finder = town.desk.categories();
    }

    @AfterAll
    static void close() {
        town.close();
    }

    @Test
    void pinyin_initials_find_the_item_they_spell() {
        assertThat(names("dlys")).containsExactly("道路遗撒");
        assertThat(names("whp")).containsExactly("危化品泄漏");
        assertThat(names("DLYS")).as("typed in capitals").containsExactly("道路遗撒");
    }

    @Test
    void whole_syllables_and_a_mix_of_syllables_and_initials_work_too() {
        assertThat(names("daoluyisa")).containsExactly("道路遗撒");
        assertThat(names("dlyisa")).containsExactly("道路遗撒");
        assertThat(names("zhandao")).containsExactly("占道经营");
    }

    @Test
    void a_character_with_two_readings_is_found_by_either() {
        assertThat(names("xdsdf")).containsExactly("行道树倒伏");
        assertThat(names("hdsdf")).containsExactly("行道树倒伏");
    }

    @Test
    void the_items_own_name_comes_before_items_found_through_their_group() {
        // 道路积水, 道路不洁, 道路遗撒 are called 道路…; 路面塌陷 is only under 道路交通
        assertThat(names("道路")).containsExactly("道路积水", "道路不洁", "道路遗撒", "路面塌陷");
        assertThat(names("dl")).startsWith("道路积水", "道路不洁", "道路遗撒").contains("路面塌陷");
    }

    @Test
    void a_code_or_its_beginning_lists_what_is_under_it() {
        assertThat(names("E030202")).containsExactly("道路遗撒");
        assertThat(names("c02")).containsExactly("路面塌陷", "道路积水");
    }

    @Test
    void a_group_name_lists_its_items_and_every_word_must_match() {
        assertThat(names("突发")).containsExactly("危化品泄漏");
        assertThat(names("tfsj")).containsExactly("危化品泄漏");
        assertThat(names("道路 sg")).as("施工管理 › … › 道路遗撒").containsExactly("道路遗撒");
        assertThat(names("qwerty")).isEmpty();
    }

    @Test
    void an_item_knows_its_group_path_and_a_blank_search_lists_every_item_by_code() {
        CategoryItem spill = finder.byCode("E030202");
        assertThat(spill.majorName()).isEqualTo("施工管理");
        assertThat(spill.minorName()).isEqualTo("渣土");
        assertThat(finder.byId(spill.id())).isEqualTo(spill);
        assertThat(finder.find("  ")).hasSize(7).extracting(CategoryItem::code).isSorted();
        assertThat(finder.byCode("E03")).as("a 大类 is not an item").isNull();
    }

    private static List<String> names(String query) {
        return finder.find(query).stream().map(CategoryItem::name).toList();
    }
}
