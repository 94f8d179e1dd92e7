package org.gridcommand.service.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryTier;

/**
 * The triage desk's category search over the 事项 of the taxonomy: by code, by name, and by pinyin (initials such
 * as "dlys", whole syllables, or a mix) of the 事项 and of its 小类 and 大类. Best matches first: the code, then the
 * 事项's own name, then its pinyin, then its 小类 or 大类. Built once from the taxonomy; searching is in memory and
 * takes microseconds, so the picker can search on every key.
 */
public final class CategoryFinder {
    private static final int NO_MATCH = Integer.MAX_VALUE;

    private record Entry(CategoryItem item, PinyinName name, PinyinName minor, PinyinName major) {
    }

    private final List<Entry> entries;
    private final Map<String, CategoryItem> byCode = new HashMap<>();
    private final Map<Long, CategoryItem> byId = new HashMap<>();

    private CategoryFinder(List<Entry> entries) {
        this.entries = entries;
        entries.forEach(e -> {
            byCode.put(e.item().code(), e.item());
            byId.put(e.item().id(), e.item());
        });
    }

    /** From every category of every tier (as {@code TaxonomyStore} reads them). */
    public static CategoryFinder of(List<Category> taxonomy) {
        Map<Long, Category> index = new HashMap<>();
        taxonomy.forEach(c -> index.put(c.getId(), c));
        List<Entry> entries = new ArrayList<>();
        taxonomy.stream().filter(c -> c.getTier() == CategoryTier.ITEM).sorted(Comparator.comparing(Category::getCode))
                .forEach(c -> {
                    Category parent = index.get(c.getParentId());
                    Category major = parent;
                    for (int depth = 0; major != null && major.getParentId() != null
                            && index.containsKey(major.getParentId()) && depth < 10; depth++) {
                        major = index.get(major.getParentId());
                    }
                    Category minor = parent == major ? null : parent;
                    CategoryItem item = new CategoryItem(c.getId(), c.getCode(), c.getName(),
                            minor == null ? null : minor.getCode(), minor == null ? null : minor.getName(),
                            major == null ? null : major.getCode(), major == null ? null : major.getName(),
                            c.getHandlingMinutes());
                    entries.add(new Entry(item, PinyinName.of(c.getName()), pinyin(minor), pinyin(major)));
                });
        return new CategoryFinder(List.copyOf(entries));
    }

    /** Every 事项, by code. */
    public List<CategoryItem> all() {
        return entries.stream().map(Entry::item).toList();
    }

    /** The 事项 with {@code code}, or null. */
    public CategoryItem byCode(String code) {
        return code == null ? null : byCode.get(code.strip());
    }

    /** The 事项 with {@code id}, or null. */
    public CategoryItem byId(long id) {
        return byId.get(id);
    }

    /**
     * The 事项 that match every word of {@code query}, best first (then by code); a blank query gives them all.
     */
    public List<CategoryItem> find(String query) {
        if (query == null || query.isBlank()) {
            return all();
        }
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        record Scored(CategoryItem item, long score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries) {
            long total = 0;
            for (String word : words) {
                int s = score(e, word);
                if (s == NO_MATCH) {
                    total = -1;
                    break;
                }
                total += s;
            }
            if (total >= 0) {
                found.add(new Scored(e.item(), total));
            }
        }
        found.sort(Comparator.comparingLong(Scored::score).thenComparing(s -> s.item().code()));
        return found.stream().map(Scored::item).toList();
    }

    /** Lower is better. */
    private static int score(Entry e, String word) {
        CategoryItem item = e.item();
        String code = item.code().toLowerCase(Locale.ROOT);
        if (code.equals(word)) {
            return 0;
        }
        if (code.startsWith(word)) {
            return 1;
        }
        if (item.name().toLowerCase(Locale.ROOT).contains(word)) {
            return 2;
        }
        if (e.name().startsWith(word)) {
            return 3;
        }
        if (e.name().contains(word)) {
            return 4;
        }
        if (contains(item.minorName(), word) || contains(item.majorName(), word)) {
            return 5;
        }
        if (e.minor() != null && e.minor().startsWith(word) || e.major() != null && e.major().startsWith(word)) {
            return 6;
        }
        return NO_MATCH;
    }

    private static boolean contains(String name, String word) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(word);
    }

    private static PinyinName pinyin(Category c) {
        return c == null ? null : PinyinName.of(c.getName());
    }
}
