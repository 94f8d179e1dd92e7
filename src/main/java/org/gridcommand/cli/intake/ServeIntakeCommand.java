package org.gridcommand.cli.intake;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gridcommand.cli.DatabaseOptions;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.service.Backend;
import org.gridcommand.service.intake.IntakeServer;
import org.gridcommand.service.intake.SensorAlarmRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridcommand serve-intake}: the intake endpoint without the console window (a headless intake server). */
@Command(name = "serve-intake", mixinStandardHelpOptions = true, description = {
    "Serve the HTTP intake endpoint (POST /api/v1/reports, POST /api/v1/sensor-readings, GET /api/v1/health)",
    "until stopped. Requests need 'Authorization: Bearer <token>' with the sending system's own token, bound to",
    "its channel (an administrator issues it: gridcommand token issue NAME --channel GRID_WORKER|SENSOR|AI_CAMERA).",
    "An address that sends 10 wrong tokens within a minute gets 429 for 30 s, doubling with each further one.",
    "Bad input gets 400 with the reason (nothing is cut or guessed); see docs/decisions/0015."})
public final class ServeIntakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;


    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default loopback)")
    String bind;

    @Option(names = "--port", defaultValue = "8311", description = "Port (0 = any free port)")
    int port;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "15", description = "Close a connection "
            + "that sends nothing for this long, e.g. a half-sent request (default 15)")
    int idleSeconds;

    @Option(names = "--connections-per-client", paramLabel = "N", defaultValue = "64", description = "Open connections "
            + "one address may hold; further ones are closed at once (default 64)")
    int connectionsPerClient;

    @Option(names = "--alarm-category", paramLabel = "KIND=CODE", description = "事项 code for alarms of a sensor "
            + "kind, e.g. WATER_LEVEL=010104 (repeatable; kinds without one go to triage)")
    List<String> alarmCategories = List.of();

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (IntakeCli.env(spec).get("GRIDCOMMAND_INTAKE_TOKEN") != null) {
            // the one shared secret is retired: an old setup must learn why its senders now get 401
            System.err.println("gridcommand: GRIDCOMMAND_INTAKE_TOKEN is no longer used: each sending system has its "
                    + "own token now (gridcommand token issue NAME --channel GRID_WORKER|SENSOR|AI_CAMERA).");
        }
        Map<SensorKind, String> codes = new EnumMap<>(SensorKind.class);
        for (String rule : alarmCategories) {
            String[] kv = rule.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("--alarm-category takes KIND=CODE, was '" + rule + "'.");
            }
            codes.put(SensorKind.valueOf(kv[0].trim().toUpperCase(Locale.ROOT)), kv[1].trim());
        }
        try (Backend b = database.open();
             IntakeServer server = b.intakeServer(new IntakeServer.Settings(bind, port, limits()),
                     new SensorAlarmRules(codes))) {
            b.startDailyBackups();
            int bound = server.start();
            out.printf("Intake endpoint on http://%s:%d/api/v1/ (database %s). Stop with Ctrl+C.%n", bind, bound,
                    b.describeDatabase());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }

    private IntakeServer.Limits limits() {
        if (idleSeconds < 1 || connectionsPerClient < 1) {
            throw new IllegalArgumentException("--idle-timeout and --connections-per-client must be at least 1.");
        }
        return IntakeServer.Limits.DEFAULT.withIdleTimeout(Duration.ofSeconds(idleSeconds))
                .withConnectionsPerClient(connectionsPerClient);
    }
}
