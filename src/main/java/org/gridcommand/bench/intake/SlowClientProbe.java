package org.gridcommand.bench.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The slow-client probe of issue 9: opens idle sockets that send half a request line (spread over loopback
 * addresses 127.0.0.2…, a few per address, as many clients would) and times GET /api/v1/health meanwhile, against
 * the same with no idle socket open. Talks only to the loopback endpoint the bench started.
 */
final class SlowClientProbe {
    /** Half-sent requests per loopback address: below the endpoint's per-client bound. */
    static final int PER_ADDRESS = 8;

    record Figures(int idleSockets, double healthMedianMs, double healthMaxMs, int healthFailures) {
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SlowClientProbe(int port) {
        this.port = port;
    }

    /** Health timed {@code probes} times with {@code idle} half-sent requests open. */
    Figures measure(int idle, int probes) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < idle; i++) {
                sockets.add(halfRequest("127.0.0." + (2 + i / PER_ADDRESS)));
            }
            double[] ms = new double[probes];
            int failures = 0;
            for (int i = 0; i < probes; i++) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    failures += r.statusCode() == 200 ? 0 : 1;
                } catch (IOException e) {
                    failures++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            return new Figures(idle, ms[ms.length / 2], ms[ms.length - 1], failures);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    private Socket halfRequest(String from) throws IOException {
        Socket s = new Socket();
        try {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            OutputStream out = s.getOutputStream();
            out.write("POST /api/v1/repo".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }
}
