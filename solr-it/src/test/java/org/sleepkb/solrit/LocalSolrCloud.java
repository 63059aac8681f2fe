package org.sleepkb.solrit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud of two Solr nodes and an embedded ZooKeeper on this machine, on free ports of the address in the
 * system property {@code host} (127.0.0.1 in the builds): the cluster of the SolrCloud suite, and, run as a program,
 * a cluster to try the Solr engine with (docs/scale-out.md, "Try it locally").
 */
final class LocalSolrCloud {

    static final int NODES = 2;

    private LocalSolrCloud() {
    }

    /** Starts the nodes with their data under {@code folder}; returns once both have joined the cluster. */
    static MiniSolrCloudCluster start(Path folder) throws Exception {
        return new MiniSolrCloudCluster.Builder(NODES, folder).build();
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:port/solr}), as {@code --solr-url} takes them. */
    static List<String> urls(MiniSolrCloudCluster cluster) {
        return cluster.getJettySolrRunners().stream().map(node -> node.getBaseUrl().toString()).toList();
    }

    /** Deletes what the cluster wrote. */
    static void delete(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * Starts the cluster in a temporary folder, prints the nodes' URLs, writes them comma-separated to the file named
     * by the first argument (if any), and runs until stopped (Ctrl-C); then stops the nodes and deletes their data.
     */
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sleepkb-local-solrcloud");
        MiniSolrCloudCluster cluster = start(folder);
        String urls = String.join(",", urls(cluster));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
                delete(folder);
            } catch (Exception e) {
                System.err.println("stopping the local SolrCloud: " + e);
            }
            stopped.countDown();
        }, "local-solrcloud-stop"));
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), urls + "\n", StandardCharsets.UTF_8);
        }
        System.out.println("SolrCloud is up: " + NODES + " Solr nodes, ZooKeeper at " + cluster.getZkServer().getZkAddress());
        System.out.println("SLEEPKB_SOLR_URLS=" + urls);
        System.out.println("Ctrl-C stops the nodes and deletes their data.");
        stopped.await();
    }
}
