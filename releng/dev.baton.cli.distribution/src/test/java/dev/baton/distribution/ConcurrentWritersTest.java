package dev.baton.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code baton} processes changing one folder at once take turns (the folder's lock): no change is lost, no number
 * is given twice; a writer that waits too long gives up naming the other.
 */
class ConcurrentWritersTest {

	@TempDir
	Path temp;

	private Path folder(String name) throws IOException {
		Path folder = temp.resolve(name);
		Files.createDirectories(folder.resolve("decisions"));
		Files.writeString(folder.resolve("baton.yaml"), "name: Shared\n");
		for (int i = 1; i <= 3; i++) {
			Files.writeString(folder.resolve(String.format("decisions/%04d-topic-%d.md", i, i)),
					"---\nstatus: accepted\ndate: 2024-01-0" + i + "\n---\n# Topic " + i + "\n");
		}
		return folder;
	}

	private static Process start(Path folder, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(BatonCommandTest.baton().toString(), "--as-of", "2024-03-01",
				args[0], "-C", folder.toString()));
		command.addAll(List.of(args).subList(1, args.length));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().put("BATON_LOCK_WAIT", "120");
		return builder.redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE).start();
	}

	/** Starts the commands together and waits for them; each must succeed. */
	private static List<String> together(Path folder, String[]... commands) throws Exception {
		List<Process> processes = new ArrayList<>();
		for (String[] args : commands) {
			processes.add(start(folder, args));
		}
		List<String> outs = new ArrayList<>();
		for (int i = 0; i < processes.size(); i++) {
			Process process = processes.get(i);
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(process.waitFor(180, TimeUnit.SECONDS));
			assertEquals(0, process.exitValue(), String.join(" ", commands[i]) + ": " + err);
			outs.add(out.strip());
		}
		return outs;
	}

	private static String read(Path folder, String decision) throws IOException {
		return Files.readString(folder.resolve("decisions/" + decision + ".md"), StandardCharsets.UTF_8);
	}

	@Test
	void twoLinksOnOneFileAtOnceBothStay() throws Exception {
		for (int round = 0; round < 2; round++) {
			Path folder = folder("links-" + round);
			together(folder, new String[] { "link", "1", "relates-to", "2" },
					new String[] { "link", "1", "amends", "3" });
			String first = read(folder, "0001-topic-1");
			assertTrue(first.contains("relates-to: [0002-topic-2]\n"), first);
			assertTrue(first.contains("amends: [0003-topic-3]\n"), first);
		}
	}

	@Test
	void twoNewDecisionsAtOnceGetTwoNumbersAndASupersessionBesideStays() throws Exception {
		Path folder = folder("news");
		List<String> files = together(folder, new String[] { "new", "Use Kafka" }, new String[] { "new", "Use Pulsar" },
				new String[] { "new", "-s", "2", "Use NATS" }, new String[] { "supersede", "1", "3" });
		List<String> names;
		try (Stream<Path> list = Files.list(folder.resolve("decisions"))) {
			names = list.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertEquals(6, names.size(), names.toString());
		assertEquals(List.of("0001", "0002", "0003", "0004", "0005", "0006"),
				names.stream().map(n -> n.substring(0, 4)).toList(), names.toString());
		assertTrue(files.get(0).endsWith("-use-kafka.md") && files.get(1).endsWith("-use-pulsar.md"), files.toString());
		String nats = Files.readString(Path.of(files.get(2)));
		assertTrue(nats.contains("supersedes: [0002-topic-2]"), nats);
		String second = read(folder, "0002-topic-2");
		assertTrue(second.contains("status: superseded") && second.contains("superseded-by: [" + Path.of(files.get(2))
				.getFileName().toString().replace(".md", "") + "]"), second);
		String first = read(folder, "0001-topic-1");
		assertTrue(first.contains("superseded-by: [0003-topic-3]"), first);
		assertTrue(read(folder, "0003-topic-3").contains("supersedes: [0001-topic-1]"));
	}

	@Test
	void aWriterThatWaitsTooLongGivesUpNamingTheHolderAndChangesNothing() throws Exception {
		Path folder = folder("held");
		Path lock = folder.resolve(".baton/lock");
		Files.createDirectories(lock.getParent());
		String before = read(folder, "0001-topic-1");
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			String holder = "pid: 4242\nhost: build-7\nsince: 2026-12-07T10:00:00Z\ncommand: baton renumber\n";
			channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)));
			ProcessBuilder builder = new ProcessBuilder(BatonCommandTest.baton().toString(), "link", "-C",
					folder.toString(), "1", "relates-to", "2");
			builder.environment().put("BATON_LOCK_WAIT", "0.5");
			Process process = builder.redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(process.waitFor(60, TimeUnit.SECONDS));
			assertEquals(2, process.exitValue(), out);
			assertEquals("baton link: " + folder + " is being changed by another baton (baton renumber, process "
					+ "4242 on build-7 since 2026-12-07T10:00:00Z); nothing was changed: retry when it has finished\n",
					out);
		}
		assertEquals(before, read(folder, "0001-topic-1"));
		// the holder is gone (its lock went with it): the next writer goes ahead
		BatonCommandTest.Result linked = BatonCommandTest.run(folder, "link", "1", "relates-to", "2");
		assertEquals(0, linked.exit(), linked.err());
		assertTrue(read(folder, "0001-topic-1").contains("relates-to: [0002-topic-2]"));
	}
}
