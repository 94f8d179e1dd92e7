package org.gridcommand.service;

import java.time.Clock;
import org.gridcommand.service.account.AccountAdministration;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.ConsoleWatch;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.drill.DrillCities;
import org.gridcommand.service.drill.ScenarioFiles;
import org.gridcommand.service.drill.ScenarioValidation;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.emergency.ActivationTasks;
import org.gridcommand.service.emergency.BoardReader;
import org.gridcommand.service.emergency.CapExporter;
import org.gridcommand.service.emergency.FloodReplay;
import org.gridcommand.service.emergency.PlanLibrary;
import org.gridcommand.service.emergency.SensorFeed;
import org.gridcommand.service.emergency.StandDown;
import org.gridcommand.service.emergency.TriggerEvaluator;
import org.gridcommand.service.emergency.TriggerWatch;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.ReturnVisitRule;
import org.gridcommand.service.event.queue.EventDesk;
import org.gridcommand.service.event.queue.ReturnVisitQueue;
import org.gridcommand.service.export.EventExportService;
import org.gridcommand.service.imports.GridImportService;
import org.gridcommand.service.intake.IntakeServer;
import org.gridcommand.service.intake.LiveAreaLocator;
import org.gridcommand.service.intake.SensorAlarmRules;
import org.gridcommand.service.intake.SensorAlarmService;
import org.gridcommand.service.intake.TicketImportService;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.map.BaseMapService;
import org.gridcommand.service.map.MapPointsService;
import org.gridcommand.service.report.Reports;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.service.search.SearchService;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.DutySignIns;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.service.sync.SharedChanges;
import org.gridcommand.service.triage.TriageDesk;
import org.gridcommand.service.wall.MonthAtAGlanceService;
import org.gridcommand.service.wall.WallFiguresService;
import org.gridcommand.store.ChangeFeed;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.DatabaseUnavailableException;
import org.gridcommand.store.account.AccountTrailStore;
import org.gridcommand.store.drill.DrillTrail;
import org.gridcommand.store.event.WorkingCalendarStore;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.gridcommand.store.kpi.KpiNamesStore;
import org.gridcommand.store.kpi.KpiWeightsStore;

/**
 * The services of one open database, built once and shared by the console and the command line. This is the
 * non-UI half of the composition root: it wires services with their constructor arguments, nothing more.
 */
public final class Backend implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final CityService city;
    private final EventService events;
    /** Who is signed in on this console or command run; the loop checks every change against it. */
    private final WatchSession session;
    private final AccountService accounts;
    /** The watch at this console as it changes hands (lock, hand-over, sign-out), with its account trail. */
    private final ConsoleWatch consoleWatch;
    private final AccountAdministration accountAdministration;
    /** The loop for the system's own steps (an activation's task events, benches): not checked per person. */
    private final EventService systemEvents;
    /** One per backend: it keeps the heat map's year of history between reloads. */
    private final MapPointsService mapPoints;
    private final ResourceService resources;
    private final ActivationService activations;
    private final CapExporter capExport;
    private final TriggerEvaluator triggers = new TriggerEvaluator();
    /** One per backend: it keeps the recent readings that the trigger watch and the board read. */
    private final SensorFeed sensorFeed;
    private final TriggerWatch triggerWatch;
    private final FloodReplay floodReplay;
    private final PlanLibrary planLibrary;
    private final ActivationTasks activationTasks;
    private final BoardReader activationBoard;
    private final StandDown standDown;
    /** The unchecked twins of {@link #resources} and {@link #activations}, made on first use. */
    private ResourceService systemResources;
    private ActivationService systemActivations;
    private final KpiService kpi;
    private final Reports reports;
    private SharedChanges sharedChanges;

    private Backend(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.city = new CityService(database, clock);
        this.accounts = new AccountService(database, clock, new PasswordHashes());
        this.session = new WatchSession(accounts);
        this.consoleWatch = new ConsoleWatch(session, new AccountTrailStore(database), clock);
        this.accountAdministration = new AccountAdministration(database, accounts, new PasswordHashes(),
                Permissions.of(session), clock);
        this.systemEvents = new EventService(database, clock);
        this.events = new EventService(database, clock, Permissions.of(session));
        this.mapPoints = new MapPointsService(database, clock);
        // the commander (activations) and the keeper (stock) are checked here; the task events raised are the system's
        this.resources = new ResourceService(database, clock, Permissions.of(session));
        this.activations = new ActivationService(database, clock, resources, Permissions.of(session));
        this.capExport = new CapExporter(activations, clock, CapExporter.DEFAULT_SENDER);
        // the emergency services are where the commander is checked; the task events they raise are the system's
        this.sensorFeed = new SensorFeed(database, clock);
        this.triggerWatch = new TriggerWatch(activations, sensorFeed, triggers, database, clock);
        this.floodReplay = new FloodReplay(sensorFeed, clock);
        this.planLibrary = new PlanLibrary(database, activations);
        this.activationTasks = new ActivationTasks(database, activations, systemEvents);
        this.activationBoard = new BoardReader(activations, systemEvents);
        this.standDown = new StandDown(activations, systemEvents, clock);
        WorkingCalendarStore calendar = new WorkingCalendarStore(database);
        this.kpi = new KpiService(new EventFactsStore(database), new HistoryRowScan(database),
                new KpiNamesStore(database), new KpiWeightsStore(database), calendar::load, clock,
                Permissions.of(session));
        this.reports = new Reports(kpi, city);
    }

    /**
     * The services of a database its caller has opened already and will close (tests, which open theirs with
     * the test helpers). Everything else opens one with {@link #open}.
     */
    public static Backend over(Database database, Clock clock) {
        return new Backend(database, clock);
    }

    /**
     * Opens the database named by {@code dbSpec} (a file path or a JDBC URL; user and password may be null),
     * creating an embedded file that does not exist yet.
     *
     * @throws BackendUnavailableException with a message that names the fix
     */
    public static Backend open(String dbSpec, String user, String password, Clock clock) {
        return open(dbSpec, user, password, clock, true);
    }

    /**
     * Opens the database named by {@code dbSpec}; with {@code mayCreate} false, a path where there is no database
     * is refused (a mistyped {@code --db} must not start a new, empty one).
     *
     * @throws BackendUnavailableException with a message that names the fix
     */
    public static Backend open(String dbSpec, String user, String password, Clock clock, boolean mayCreate) {
        try {
            return new Backend(Database.open(DatabaseLocation.parse(dbSpec, user, password),
                    mayCreate ? Database.Creation.CREATE_IF_MISSING : Database.Creation.EXISTING_ONLY), clock);
        } catch (DatabaseUnavailableException e) {
            throw new BackendUnavailableException(e.key(), e.args(), e.getMessage(), e);
        }
    }

    /**
     * Shrinks an embedded database after a bulk load (demo generation, big imports). Call with the backend closed;
     * when another console or command has the file open it is left as it is, and the result says so.
     */
    public static DatabaseMaintenance.Compaction compact(String dbSpec, String user, String password) {
        return DatabaseMaintenance.compact(dbSpec, user, password);
    }

    /** Keeps a daily backup of the embedded file while this backend is open (console, intake endpoint). */
    public void startDailyBackups() {
        database.startDailyBackups();
    }

    /** Where the data is, for the status bar and messages (no password). */
    public String describeDatabase() {
        return database.location().describe();
    }

    /** True for a shared server, false for the embedded file. */
    public boolean isShared() {
        return !database.location().isEmbedded();
    }

    public Clock clock() {
        return clock;
    }

    public CityService city() {
        return city;
    }

    /** Accounts: sign-in with lockout, creation, the list. */
    public AccountService accounts() {
        return accounts;
    }

    /** API tokens: issued, listed and revoked by an administrator; the command line's and the senders' sign-in. */
    public TokenService tokens() {
        return new TokenService(database, clock, Permissions.of(session));
    }

    /** Who is signed in here; {@link #events()} and the desks built on it check every change against it. */
    public WatchSession session() {
        return session;
    }

    /** The administrator's accounts, checked against whoever is signed in here. */
    public AccountAdministration accountAdministration() {
        return accountAdministration;
    }

    /** The console's watch: sign-in, lock, unlock, hand-over and sign-out, each written to the account trail. */
    public ConsoleWatch consoleWatch() {
        return consoleWatch;
    }

    /**
     * The loop for steps the system takes as part of another use case: an activation's task events raised and
     * dispatched, a stand-down's tasks ended (the emergency services are the place that checks the commander), and
     * the benches' load. Never handed to a view a person works with.
     */
    public EventService systemEvents() {
        return systemEvents;
    }

    /**
     * The closed loop as the signed-in person works it: intake, dispatch, handling, supervision, closure; each
     * change checked against the person's roles and recorded under the account's name.
     */
    public EventService events() {
        return events;
    }

    /** Warehouses, stock, teams and experts: the resource index and the stock book. */
    public ResourceService resources() {
        return resources;
    }

    /** Emergency plans proposed against the resources, committed, changed in level (the commander is checked). */
    public ActivationService activations() {
        return activations;
    }

    /** An activation as a CAP 1.2 alert. */
    public CapExporter capExport() {
        return capExport;
    }

    /** A plan's trigger conditions against readings. */
    public TriggerEvaluator triggers() {
        return triggers;
    }

    /** Sensor readings with the recent ones kept, as the trigger watch and the board read them. */
    public SensorFeed sensorFeed() {
        return sensorFeed;
    }

    /** Which plans' triggers the latest readings meet. */
    public TriggerWatch triggerWatch() {
        return triggerWatch;
    }

    /** The flood replay exercise (stores nothing, ADR 0016). */
    public FloodReplay floodReplay() {
        return floodReplay;
    }

    /** The plan library: plans, their levels and triggers, edited and checked. */
    public PlanLibrary planLibrary() {
        return planLibrary;
    }

    /** An activation's tasks raised as closed-loop events (the system's loop). */
    public ActivationTasks activationTasks() {
        return activationTasks;
    }

    /** An activation's lines with names, places and their events' states, as the board shows them. */
    public BoardReader activationBoard() {
        return activationBoard;
    }

    /** 响应终止, with the task events closed or handed to their units. */
    public StandDown standDown() {
        return standDown;
    }

    /**
     * Activations that check nobody, for the system's own steps: a drill's scripted players (they act in their
     * script's name on the drill's copy), the benches' loads. Never handed to a view a person works with.
     */
    public synchronized ActivationService systemActivations() {
        if (systemActivations == null) {
            systemActivations = new ActivationService(database, clock, systemResources());
        }
        return systemActivations;
    }

    /** Warehouses and stock that check nobody: the twin of {@link #resources} for the same system callers. */
    public synchronized ResourceService systemResources() {
        if (systemResources == null) {
            systemResources = new ResourceService(database, clock);
        }
        return systemResources;
    }

    /** The dispatch console's reads beside the closed loop: queue change watch, pick lists, attachments. */
    public EventDesk eventDesk() {
        return EventDesk.of(database, clock);
    }

    /** The return-visit desk's list of calls to make (回访). */
    public ReturnVisitQueue returnVisits() {
        return new ReturnVisitQueue(database);
    }

    /** How many times the center calls a reporter back (a rule every console shares). */
    public ReturnVisitRule returnVisitRule() {
        return new ReturnVisitRule(database, Permissions.of(session));
    }

    /** The triage desk (待立案): reports waiting for registration, on the closed loop of {@link #events()}. */
    public TriageDesk triage() {
        return new TriageDesk(database, clock, events);
    }

    /** The offline base map's vector features. */
    public BaseMapService baseMap() {
        return new BaseMapService(database);
    }

    /** The map wall's points: cameras, sensors, open events, resources, event history for the heat map. */
    public MapPointsService mapPoints() {
        return mapPoints;
    }

    /** Boundary imports (GeoJSON, Shapefile) into this database. */
    public GridImportService gridImports() {
        return new GridImportService(database, Permissions.of(session));
    }

    /** The search box's queries (areas, cameras, events) and the database's own locate. */
    public SearchService search() {
        return new SearchService(database);
    }

    /** The wall mode's KPI figures. */
    public WallFiguresService wallFigures() {
        return new WallFiguresService(database, clock, city);
    }

    /** Indicators (考核): figures by period and dimension, scores, weights, the events behind a figure. */
    public KpiService kpi() {
        return kpi;
    }

    /** The wall's assessment tiles (this month against last, today by channel, the best units). */
    public MonthAtAGlanceService monthAtAGlance() {
        return new MonthAtAGlanceService(kpi);
    }

    /** The 日分析 / 周总结 / 月通报 reports as PDF or XLSX. */
    public Reports reports() {
        return reports;
    }

    /** 12345 hotline exports into the closed loop. */
    public TicketImportService ticketImports() {
        return new TicketImportService(database, clock, Permissions.of(session));
    }

    /** The hotline import for the benches' generated loads (the system's, checked against nobody). */
    public TicketImportService systemTicketImports() {
        return new TicketImportService(database, clock);
    }

    /** Events out as CSV, GeoJSON or Open311. */
    public EventExportService eventExports() {
        return new EventExportService(database, clock);
    }

    /**
     * The HTTP intake endpoint (not started) for reports and sensor readings, alarms raised by {@code rules}. Its
     * reports are located in memory (no query, no second connection per report) and written by as many workers
     * as the pool has connections (4 embedded, 8 on a server).
     */
    public IntakeServer intakeServer(IntakeServer.Settings settings, SensorAlarmRules rules) {
        LiveAreaLocator locator = new LiveAreaLocator(database);
        locator.load();
        EventService intakeEvents = new EventService(database, clock, locator,
                new WorkingCalendarStore(database).load());
        IntakeServer.Settings sized = new IntakeServer.Settings(settings.bindAddress(), settings.port(),
                settings.limits().withWriters(isShared() ? 8 : 4));
        // the endpoint only reads the senders' tokens: issuing and revoking them stays the administrator's
        return new IntakeServer(sized, intakeEvents, new SensorAlarmService(database, clock, intakeEvents, rules),
                new TokenService(database, clock, Permissions.system()), clock);
    }

    /**
     * The open database itself, for the benches' plain-JDBC baselines and generated cities (package {@code bench},
     * which may use {@code store}). The console's features and the commands cannot reach it: {@code ui} and
     * {@code cli} must not depend on {@code store} (ArchUnit).
     */
    public Database database() {
        return database;
    }

    /**
     * Other consoles' changes on this database as they commit (started on first use: commands that do not follow
     * other consoles open no listening connection).
     */
    public synchronized SharedChanges sharedChanges() {
        if (sharedChanges == null) {
            sharedChanges = new SharedChanges(ChangeFeed.start(database.location()));
        }
        return sharedChanges;
    }

    /** Scenario files of tabletop drills checked against this city (issue 14). */
    public ScenarioValidation scenarioValidation() {
        return new ScenarioValidation(database, new ScenarioFiles());
    }

    /** Drill copies of this city: a drill runs on its own copy, made at its start (issue 14). */
    public DrillCities drillCities() {
        return new DrillCities(database);
    }

    /** This database's audit trail as a drill scores it (when a drill city: the drill copy's). */
    public DrillTrail drillTrail() {
        return new DrillTrail(database);
    }

    /** Sensor readings into this database, as the intake endpoint records them; alarms wait in triage. */
    public SensorAlarmService sensorAlarms() {
        // a reading comes from the sensor feed, a system caller: its alarm event is raised through the system loop
        return new SensorAlarmService(database, clock, systemEvents, SensorAlarmRules.triageOnly());
    }

    /** The duty roster (值班表) and swaps, checked against whoever is signed in here. */
    public DutyRoster roster() {
        return new DutyRoster(database, clock, Permissions.of(session));
    }

    /** 签到 / 签退 of the person signed in here. */
    public DutySignIns dutySigns() {
        return new DutySignIns(database, clock, Permissions.of(session));
    }

    /** 交接班: prepare, acknowledge, take over, override, the log and its print. */
    public Handovers handovers() {
        return new Handovers(database, clock, Permissions.of(session));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (sharedChanges != null) {
                sharedChanges.close();
            }
        }
        database.close();
    }
}
