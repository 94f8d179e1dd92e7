package org.gridcommand.ui.imports;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.FeatureProblem;
import org.gridcommand.geo.crs.UnknownCoordinateSystemException;
import org.gridcommand.geo.io.FeatureFileException;
import org.gridcommand.geo.io.GeoJsonFeatures;
import org.gridcommand.geo.io.Shapefile;
import org.gridcommand.geo.io.SourceFeature;
import org.gridcommand.service.imports.GridImportOptions;
import org.gridcommand.service.imports.GridImportReport;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the boundary import: the file, the level, which attributes hold the code, name and parent code
 * (offered from the file itself), the coordinate system; runs the import in the background and keeps its report.
 */
public final class ImportModel {
    /** Imports one file; the console's GridImportService. */
    @FunctionalInterface
    public interface Importer {
        GridImportReport importFile(Path file, GridImportOptions options);
    }

    /** Choices for the coordinate system; "" = from the file (.prj / crs member), else WGS84. */
    public static final List<String> CRS_CHOICES = List.of("", "WGS84", "CGCS2000", "GCJ02", "BD09", "EPSG:4527",
            "EPSG:4528", "EPSG:4549");

    private final Importer importer;
    private final BackgroundTasks tasks;
    private final Runnable onImported;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<AreaLevel> level = new SimpleObjectProperty<>(this, "level", AreaLevel.GRID);
    private final StringProperty codeField = new SimpleStringProperty(this, "codeField");
    private final StringProperty nameField = new SimpleStringProperty(this, "nameField");
    private final StringProperty parentField = new SimpleStringProperty(this, "parentField");
    private final StringProperty crs = new SimpleStringProperty(this, "crs", "");
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<GridImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    /** Why the file could not be read or imported, null when nothing went wrong; the view says it in its language. */
    private final ReadOnlyObjectWrapper<FeatureProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /** {@code onImported} runs on the FX thread after an import that changed areas (to reload map and tree). */
    public ImportModel(Importer importer, BackgroundTasks tasks, Runnable onImported) {
        this.importer = importer;
        this.tasks = tasks;
        this.onImported = onImported;
    }

    /** Chooses a file and reads its attribute names in the background, guessing the code and name fields. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        report.set(null);
        problem.set(null);
        attributes.clear();
        if (chosen == null) {
            return;
        }
        running.set(true);
        tasks.run(() -> attributeNames(chosen), names -> {
            running.set(false);
            attributes.setAll(names);
            codeField.set(guess(names, "code", "id", "bm", "编码", "代码"));
            nameField.set(guess(names, "name", "mc", "名称"));
            parentField.set(null);
        }, e -> {
            running.set(false);
            problem.set(why(e));
        });
    }

    /** Runs the import with the current choices. */
    public void runImport() {
        Path f = file.get();
        if (f == null || codeField.get() == null || codeField.get().isBlank() || running.get()) {
            return;
        }
        GridImportOptions options = new GridImportOptions(level.get(), codeField.get(), blankToNull(nameField.get()),
                blankToNull(parentField.get()), blankToNull(crs.get()), null);
        running.set(true);
        problem.set(null);
        report.set(null);
        tasks.run(() -> importer.importFile(f, options), r -> {
            running.set(false);
            report.set(r);
            if (r.created() + r.updated() > 0) {
                onImported.run();
            }
        }, e -> {
            running.set(false);
            problem.set(why(e));
        });
    }

    /** Whether the import can run: a file and a code field chosen, nothing running. */
    public boolean canImport() {
        return file.get() != null && codeField.get() != null && !codeField.get().isBlank() && !running.get();
    }

    static List<String> attributeNames(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<SourceFeature> features = name.endsWith(".shp") ? Shapefile.read(file, null).features()
                : GeoJsonFeatures.read(file).features();
        Set<String> names = new LinkedHashSet<>();
        for (SourceFeature f : features) {
            if (f.properties() != null) {
                names.addAll(f.properties().keySet());
            }
            if (names.size() > 200) {
                break;
            }
        }
        return List.copyOf(names);
    }

    private static String guess(List<String> names, String... hints) {
        for (String hint : hints) {
            for (String n : names) {
                if (n.equalsIgnoreCase(hint)) {
                    return n;
                }
            }
        }
        for (String hint : hints) {
            for (String n : names) {
                if (n.toLowerCase(Locale.ROOT).contains(hint)) {
                    return n;
                }
            }
        }
        return names.isEmpty() ? null : names.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<AreaLevel> levelProperty() { return level; }
    public StringProperty codeFieldProperty() { return codeField; }
    public StringProperty nameFieldProperty() { return nameField; }
    public StringProperty parentFieldProperty() { return parentField; }
    public StringProperty crsProperty() { return crs; }
    public ObservableList<String> attributes() { return attributes; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<GridImportReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<FeatureProblem> problemProperty() { return problem.getReadOnlyProperty(); }

    /** What went wrong, as a problem the console can say in its language (the unforeseen in its own words). */
    private static FeatureProblem why(Throwable e) {
        if (e instanceof FeatureFileException file) {
            return file.problem();
        }
        if (e instanceof UnknownCoordinateSystemException crs) {
            return crs.problem();
        }
        return FeatureProblem.of("failed", e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
