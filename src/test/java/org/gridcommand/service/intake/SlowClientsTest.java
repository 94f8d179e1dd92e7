package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Probes found that four idle sockets sending half a request line blocked the endpoint — health included — for
 * more than 200 s. Here real sockets do that (and worse) while the sensor platform and the monitor keep working.
 */
class SlowClientsTest {
    static final Duration IDLE = Duration.ofSeconds(2);
    static final int PER_CLIENT = 8;

    @TempDir
    Path dir;
    IntakeFixture intake;
    final List<Socket> sockets = new ArrayList<>();

    void start(Duration idle) throws Exception {
        intake = new IntakeFixture(SmallCity.onH2(dir), IntakeServer.Limits.DEFAULT.withIdleTimeout(idle)
                .withConnectionsPerClient(PER_CLIENT));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (intake != null) {
            intake.close();
        }
    }

    /** A client at {@code from} that sends the start of a request line and then nothing. */
    Socket halfRequest(String from) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress("127.0.0.1", intake.port), 2000);
        OutputStream out = s.getOutputStream();
        out.write("POST /api/v1/repo".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    /** True when the server closed the socket within {@code within}. */
    static boolean closedByServer(Socket s, Duration within) throws IOException {
        s.setSoTimeout((int) within.toMillis());
        InputStream in = s.getInputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    @Test
    void health_and_reports_are_answered_while_forty_half_sent_requests_hang_from_ten_addresses() throws Exception {
        start(Duration.ofSeconds(60));
        for (int i = 0; i < 40; i++) {
            halfRequest("127.0.0." + (10 + i % 10));
        }

        assertThat(intake.health(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
        assertThat(intake.post("/api/v1/reports", "{\"channel\":\"GRID_WORKER\",\"external_id\":\"SLOW-1\","
                + "\"title\":\"井盖缺失\",\"lon\":120.0025,\"lat\":30.005}").statusCode()).isEqualTo(202);
        assertThat(intake.city.count("event")).isOne();
    }

    @Test
    void a_half_sent_request_is_closed_after_the_idle_timeout() throws Exception {
        start(IDLE);
        Socket slow = halfRequest("127.0.0.20");

        assertThat(closedByServer(slow, IDLE.plusSeconds(3))).isTrue();
    }

    @Test
    void one_address_cannot_hold_more_than_its_share_of_connections() throws Exception {
        start(Duration.ofSeconds(60));
        List<Socket> greedy = new ArrayList<>();
        for (int i = 0; i < PER_CLIENT + 4; i++) {
            greedy.add(halfRequest("127.0.0.30"));
        }

        int closedAtOnce = 0;
        for (Socket s : greedy) {
            closedAtOnce += closedByServer(s, Duration.ofMillis(300)) ? 1 : 0;
        }
        assertThat(closedAtOnce).isEqualTo(4); // the other eight still stand, until their idle timeout
        // another sender is not affected
        assertThat(intake.health(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
    }
}
