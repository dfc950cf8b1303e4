import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * {"personId"} as the college administrator, from a number of concurrent connections spread
 * over the given nodes. Prints one line per measure; checks that waitlist positions per course
 * are exactly 1..k (no gaps, no repeats).
 * Usage: java EnrolmentRace.java nodes(comma) session xsrf courses-file people-file connections
 */
public class EnrolmentRace {

    private static final Pattern POSITION = Pattern.compile("\"position\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String[] nodes = args[0].split(",");
        String session = args[1];
        String xsrf = args[2];
        List<String> courses = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        List<String> people = Files.readAllLines(Path.of(args[4])).stream().filter(s -> !s.isBlank()).toList();
        int connections = Integer.parseInt(args[5]);
        List<int[]> jobs = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            jobs.add(new int[] {i, i % courses.size()});
        }
        Collections.shuffle(jobs, new Random(1));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[jobs.size()];
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Integer, List<Integer>> positions = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            String node = nodes[t % nodes.length];
            new Thread(() -> {
                try {
                    int j;
                    while ((j = next.getAndIncrement()) < jobs.size()) {
                        int[] job = jobs.get(j);
                        HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/api/v1/college/courses/" + courses.get(job[1]) + "/enrolments"))
                                .header("Content-Type", "application/json").header("Accept", "application/json")
                                .header("Cookie", "SESSION=" + session + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + people.get(job[0]) + "\"}")).build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[j] = System.nanoTime() - t0;
                        String body = response.body();
                        String kind = response.statusCode() + (body.contains("WAITLISTED") ? " WAITLISTED" : body.contains("ENROLLED") ? " ENROLLED" : "");
                        statuses.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                        Matcher m = POSITION.matcher(body);
                        if (m.find()) {
                            positions.computeIfAbsent(job[1], k -> Collections.synchronizedList(new ArrayList<>())).add(Integer.parseInt(m.group(1)));
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
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int violations = 0;
        for (Map.Entry<Integer, List<Integer>> e : positions.entrySet()) {
            TreeSet<Integer> set = new TreeSet<>(e.getValue());
            if (set.size() != e.getValue().size() || set.first() != 1 || set.last() != e.getValue().size()) {
                violations++;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        System.out.println("requests=" + jobs.size());
        System.out.println("statuses=" + counts);
        System.out.printf("rps=%.1f%n", jobs.size() / seconds);
        System.out.printf("p50_ms=%.1f%n", sorted[sorted.length / 2] / 1e6);
        System.out.printf("p99_ms=%.1f%n", sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
        System.out.println("position_violations=" + violations);
        System.exit(0);
    }
}
