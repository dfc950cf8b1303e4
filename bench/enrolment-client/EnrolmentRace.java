import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enrolment race for bench/enrolment: every person asks for one course (person i for course
 * i mod n), in a shuffled order, through POST /api/v1/college/courses/{id}/enrolments with
 * {"personId"} as the college administrator, from a number of concurrent keep-alive connections
 * spread over the given nodes. Each round is one race; the earlier rounds warm the nodes (and this
 * client) up, the last is measured. Prints one line per measure of the last round; checks that
 * waitlist positions per course are exactly 1..k (no gaps, no repeats).
 * <p>
 * The HTTP client is a plain HTTP/1.1 socket per connection, so that the load generator costs
 * little of the two cores the nodes and PostgreSQL share.
 * Usage: java EnrolmentRace.java nodes(comma) session xsrf connections courses-file:people-file...
 */
public class EnrolmentRace {

    /** The last step of the path; bench/enrolment-ceiling points it at its own endpoints. */
    private static final String PATH = System.getenv().getOrDefault("ENROLMENT_PATH", "enrolments");

    private static final Pattern POSITION = Pattern.compile("\"position\"\\s*:\\s*(\\d+)");

    record Reply(int status, String body) {
    }

    /** One keep-alive HTTP/1.1 connection. */
    static final class Connection {
        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI node) {
            this.host = node.getHost();
            this.port = node.getPort();
        }

        Reply post(String path, String headers, String body) throws IOException {
            for (int attempt = 0; ; attempt++) {
                try {
                    if (socket == null) {
                        socket = new Socket(host, port);
                        socket.setTcpNoDelay(true);
                        in = new BufferedInputStream(socket.getInputStream(), 16384);
                        out = new BufferedOutputStream(socket.getOutputStream(), 4096);
                    }
                    byte[] content = body.getBytes(StandardCharsets.UTF_8);
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers
                            + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(content);
                    out.flush();
                    return read();
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private Reply read() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            String header;
            while (!(header = line()).isEmpty()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                int size;
                while ((size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes(length));
            }
            if (closing) {
                close();
            }
            return new Reply(status, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    record Round(double rps, long[] latencies, Map<String, Integer> statuses, int violations) {
    }

    public static void main(String[] args) throws Exception {
        String[] nodes = args[0].split(",");
        String headers = "Content-Type: application/json\r\nAccept: application/json\r\nCookie: SESSION=" + args[1]
                + "; XSRF-TOKEN=" + args[2] + "\r\nX-XSRF-TOKEN: " + args[2] + "\r\n";
        int connections = Integer.parseInt(args[3]);
        List<Connection> pool = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            pool.add(new Connection(URI.create(nodes[t % nodes.length])));
        }
        Round last = null;
        for (int r = 4; r < args.length; r++) {
            String[] files = args[r].split(":");
            last = race(pool, headers, read(files[0]), read(files[1]));
            if (r < args.length - 1) {
                System.err.printf("warm-up round %d: %.1f requests/s%n", r - 3, last.rps());
            }
        }
        long[] sorted = last.latencies().clone();
        Arrays.sort(sorted);
        System.out.println("requests=" + sorted.length);
        System.out.println("statuses=" + last.statuses());
        System.out.printf("rps=%.1f%n", last.rps());
        System.out.printf("p50_ms=%.1f%n", sorted[sorted.length / 2] / 1e6);
        System.out.printf("p99_ms=%.1f%n", sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
        System.out.println("position_violations=" + last.violations());
        System.exit(0);
    }

    private static List<String> read(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(s -> !s.isBlank()).toList();
    }

    private static Round race(List<Connection> pool, String headers, List<String> courses, List<String> people)
            throws InterruptedException {
        List<int[]> jobs = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            jobs.add(new int[] {i, i % courses.size()});
        }
        Collections.shuffle(jobs, new Random(1));
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[jobs.size()];
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Integer, List<Integer>> positions = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(pool.size());
        long start = System.nanoTime();
        for (Connection connection : pool) {
            new Thread(() -> {
                try {
                    int j;
                    while ((j = next.getAndIncrement()) < jobs.size()) {
                        int[] job = jobs.get(j);
                        long t0 = System.nanoTime();
                        Reply reply = connection.post("/api/v1/college/courses/" + courses.get(job[1]) + "/" + PATH, headers,
                                "{\"personId\":\"" + people.get(job[0]) + "\"}");
                        latencies[j] = System.nanoTime() - t0;
                        String body = reply.body();
                        String kind = reply.status() + (body.contains("WAITLISTED") ? " WAITLISTED" : body.contains("ENROLLED") ? " ENROLLED" : "");
                        statuses.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                        Matcher m = POSITION.matcher(body);
                        if (m.find()) {
                            positions.computeIfAbsent(job[1], k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(Integer.parseInt(m.group(1)));
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        int violations = 0;
        for (Map.Entry<Integer, List<Integer>> e : positions.entrySet()) {
            TreeSet<Integer> set = new TreeSet<>(e.getValue());
            if (set.size() != e.getValue().size() || set.first() != 1 || set.last() != e.getValue().size()) {
                violations++;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        return new Round(jobs.size() / seconds, latencies, counts, violations);
    }
}
