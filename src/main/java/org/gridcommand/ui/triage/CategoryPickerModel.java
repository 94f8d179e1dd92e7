package org.gridcommand.ui.triage;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.triage.CategorySuggestion;
import org.gridcommand.service.triage.CategoryFinder;
import org.gridcommand.service.triage.CategoryItem;

/**
 * The category picker's state: what the officer typed, the 事项 that match (best first), and the one chosen —
 * or suggested by the report itself. Searching is in memory ({@link CategoryFinder}), so it runs on every key on
 * the FX thread without touching the database.
 */
final class CategoryPickerModel {
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<CategoryItem> matches = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryItem> chosen = new SimpleObjectProperty<>(this, "chosen");
    /** The suggestion the current choice came from, or null when the officer chose it. */
    private final ObjectProperty<CategorySuggestion> suggestedBy = new SimpleObjectProperty<>(this, "suggestedBy");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private CategoryFinder finder;
    private CategorySuggestion lastSuggestion;

    CategoryPickerModel() {
        query.addListener((o, a, q) -> search());
    }

    /** The taxonomy arrived (read in the background). */
    void setFinder(CategoryFinder finder) {
        this.finder = finder;
        loaded.set(true);
        search();
        if (chosen.get() == null && lastSuggestion != null) {
            suggest(lastSuggestion);
        }
    }

    /** The officer chose {@code item} (null clears). */
    void choose(CategoryItem item) {
        suggestedBy.set(null);
        chosen.set(item);
    }

    /** Enter in the search field: the best match. */
    void chooseFirst() {
        if (!matches.isEmpty()) {
            choose(matches.get(0));
        }
    }

    /** A report was chosen: start from its own suggestion, or from nothing. */
    void suggest(CategorySuggestion suggestion) {
        lastSuggestion = suggestion;
        CategoryItem item = suggestion == null || finder == null ? null : finder.byCode(suggestion.code());
        chosen.set(item);
        suggestedBy.set(item == null ? null : suggestion);
    }

    private void search() {
        List<CategoryItem> found = finder == null ? List.of() : finder.find(query.get());
        matches.setAll(found);
    }

    StringProperty queryProperty() { return query; }
    ObservableList<CategoryItem> matches() { return matches; }
    ObjectProperty<CategoryItem> chosenProperty() { return chosen; }
    ObjectProperty<CategorySuggestion> suggestedByProperty() { return suggestedBy; }
    BooleanProperty loadedProperty() { return loaded; }
}
