package org.gridcommand.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.gridcommand.domain.taxonomy.CategoryKind;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;

/** Writes the {@link TaxonomyCatalog} as category rows and keeps its items (事项) for the event history. */
final class Taxonomy {
    /** One 事项 as the event history needs it. */
    record Item(long id, String code, String name, Difficulty difficulty, String unitCode, int responseMinutes,
                int onsiteMinutes, int handlingMinutes, boolean workingHours, int weight, String tags) {
        boolean tagged(String tag) {
            return ("," + tags + ",").contains("," + tag + ",");
        }
    }

    final List<Item> items = new ArrayList<>();

    Taxonomy(BulkWriter writer, LongSupplier ids) {
        BulkTable categories = writer.table("category", "id", "code", "name", "tier", "kind", "parent_id",
                "difficulty", "default_unit_code", "response_minutes", "onsite_minutes", "handling_minutes",
                "working_hours", "photo_required");
        long major = 0;
        long minor = 0;
        String minorCode = "";
        int itemNumber = 0;
        for (String line : TaxonomyCatalog.TEXT.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.strip();
            CategoryKind kind;
            if (!line.startsWith("  ")) {
                String[] f = text.split(" ", 2);
                kind = kindOf(f[0]);
                major = ids.getAsLong();
                categories.insert(major, f[0], f[1], CategoryTier.MAJOR, kind, null, null, null, 0, 0, 0, false, false);
            } else if (!line.startsWith("    ")) {
                String[] f = text.split(" ", 2);
                minor = ids.getAsLong();
                minorCode = f[0];
                itemNumber = 0;
                categories.insert(minor, f[0], f[1], CategoryTier.MINOR, kindOf(f[0]), major, null, null, 0, 0, 0,
                        false, false);
            } else {
                String[] f = text.split("\\|", -1);
                String code = minorCode + String.format("%02d", ++itemNumber);
                Difficulty difficulty = Difficulty.valueOf(f[1]);
                String unit = f[2].isEmpty() ? null : f[2];
                int response = Integer.parseInt(f[3]);
                int onsite = Integer.parseInt(f[4]);
                int handling = Integer.parseInt(f[5]);
                boolean workingHours = f[6].equals("y");
                long id = ids.getAsLong();
                // a fixed 部件 (manhole cover, lamp, railing) is shown fixed: its handling report needs a photo
                categories.insert(id, code, f[0], CategoryTier.ITEM, kindOf(code), minor, difficulty, unit, response,
                        onsite, handling, workingHours, kindOf(code) == CategoryKind.COMPONENT);
                items.add(new Item(id, code, f[0], difficulty, unit, response, onsite, handling, workingHours,
                        Integer.parseInt(f[7]), f[8]));
            }
        }
    }

    private static CategoryKind kindOf(String code) {
        return code.startsWith("C") ? CategoryKind.COMPONENT : CategoryKind.EVENT;
    }
}
