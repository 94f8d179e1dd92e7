package org.gridcommand.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.service.search.SearchHit;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the search box: runs a search in the background, keeps the hits of the LATEST text only (an
 * answer to an older text that arrives late is dropped), and hands a chosen hit to whoever flies the map.
 */
public final class SearchModel {
    /** What the search box asks; the search service in the console. */
    @FunctionalInterface
    public interface Searcher {
        List<SearchHit> search(String text, int limit);
    }

    static final int LIMIT = 30;

    private final Searcher searcher;
    private final BackgroundTasks tasks;
    private final Consumer<SearchHit> onChosen;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private String current = "";

    public SearchModel(Searcher searcher, BackgroundTasks tasks, Consumer<SearchHit> onChosen) {
        this.searcher = searcher;
        this.tasks = tasks;
        this.onChosen = onChosen;
    }

    /** Searches for {@code text}; blank text clears the hits. */
    public void search(String text) {
        String q = text == null ? "" : text.strip();
        current = q;
        if (q.isEmpty()) {
            hits.clear();
            searching.set(false);
            return;
        }
        searching.set(true);
        tasks.run(() -> searcher.search(q, LIMIT), found -> {
            if (q.equals(current)) {
                searching.set(false);
                problem.set("");
                hits.setAll(found);
            }
        }, e -> {
            if (q.equals(current)) {
                searching.set(false);
                problem.set(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    /** Flies the map to {@code hit} and selects it. */
    public void choose(SearchHit hit) {
        if (hit != null) {
            onChosen.accept(hit);
        }
    }

    /** Esc: forgets the text and the hits. */
    public void clear() {
        search("");
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
