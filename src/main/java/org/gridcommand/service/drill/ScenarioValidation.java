package org.gridcommand.service.drill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.store.Database;
import org.gridcommand.store.drill.DrillCityStore;

/** A scenario file checked as a trainer needs it before a drill: on its own, then against this city. */
public final class ScenarioValidation {
    private final ScenarioFiles files;
    private final ScenarioCityCheck city;

    public ScenarioValidation(Database db, ScenarioFiles files) {
        this.files = files;
        this.city = new ScenarioCityCheck(new DrillCityStore(db));
    }

    /** Reads {@code file} and checks it against the city of this database. */
    public ScenarioLoad validate(Path file) {
        ScenarioLoad load = files.read(file);
        if (load.scenario() == null) {
            return load;
        }
        List<ScenarioProblem> problems = new ArrayList<>(load.problems());
        problems.addAll(city.check(load.scenario()));
        return new ScenarioLoad(load.scenario(), problems);
    }
}
