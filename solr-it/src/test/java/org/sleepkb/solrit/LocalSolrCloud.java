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
 * system property {@code host} (127.0.0.1 in the builds), with its data in a temporary folder: the cluster of the
 * SolrCloud suite, and, run as a program, a cluster to try the Solr engine with (docs/scale-out.md, "Try it
 * locally").
 */
final class LocalSolrCloud implements AutoCloseable {

    static final int NODES = 2;

    private final Path folder;
    private final MiniSolrCloudCluster cluster;

    private LocalSolrCloud(Path folder, MiniSolrCloudCluster cluster) {
        this.folder = folder;
        this.cluster = cluster;
    }

    /** Starts the nodes; returns once both have joined the cluster. */
    static LocalSolrCloud start() throws Exception {
        Path folder = Files.createTempDirectory("sleepkb-solrcloud");
        return new LocalSolrCloud(folder, new MiniSolrCloudCluster.Builder(NODES, folder.resolve("cluster")).build());
    }

    MiniSolrCloudCluster cluster() {
        return cluster;
    }

    /** A temporary folder that goes with the cluster's data when it stops. */
    Path folder() {
        return folder;
    }

    /** The nodes' base URLs ({@code http://127.0.0.1:port/solr}), as {@code --solr-url} takes them. */
    List<String> urls() {
        return cluster.getJettySolrRunners().stream().map(node -> node.getBaseUrl().toString()).toList();
    }

    /** Stops the nodes and ZooKeeper and deletes the folder. */
    @Override
    public void close() throws Exception {
        cluster.shutdown();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * Starts the cluster, prints the nodes' URLs, writes them comma-separated to the file named by the first argument
     * (if any), and runs until stopped (Ctrl-C); then stops the nodes and deletes their data.
     */
    public static void main(String[] args) throws Exception {
        LocalSolrCloud cloud = start();
        String urls = String.join(",", cloud.urls());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cloud.close();
            } catch (Exception e) {
                System.err.println("stopping the local SolrCloud: " + e);
            }
            stopped.countDown();
        }, "local-solrcloud-stop"));
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), urls + "\n", StandardCharsets.UTF_8);
        }
        System.out.println("SolrCloud is up: " + NODES + " Solr nodes, ZooKeeper at " + cloud.cluster.getZkServer().getZkAddress());
        System.out.println("SLEEPKB_SOLR_URLS=" + urls);
        System.out.println("Ctrl-C stops the nodes and deletes their data.");
        stopped.await();
    }
}
