package dev.baton.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of one writer on an architecture folder: {@code .baton/lock}, locked by the operating system and naming the
 * holder (process id, host, since when, what it does). A process that dies (even by {@code kill -9}) loses its lock
 * with it, so a lock left by a dead process is taken over by the next writer; the file itself stays (deleting it would
 * let two writers lock two different files). Within one JVM the lock is reentrant per thread, so a command that holds
 * it from loading to saving can save (which takes it too).
 */
public final class FolderLock implements AutoCloseable {

	/** How long a writer waits for another by default. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

	/** The folder Baton keeps its own working files in (lock, journal); git ignores it. */
	public static final String WORK_FOLDER = ".baton";

	private static final long POLL_MILLIS = 50;

	/**
	 * The locks this JVM holds, by folder: the operating system's lock is per process, so threads of one process queue
	 * here (and a thread that holds it may take it again).
	 */
	private static final Map<Path, Held> HELD = new ConcurrentHashMap<>();

	private static final class Held {

		final ReentrantLock threads = new ReentrantLock();
		FileChannel channel;
		FileLock lock;
	}

	/** Another process holds the lock; the message names it and says what to do. */
	public static final class Busy extends IOException {

		private static final long serialVersionUID = 1L;

		Busy(String message) {
			super(message);
		}
	}

	private final Held held;
	private boolean closed;

	private FolderLock(Held held) {
		this.held = held;
	}

	/**
	 * Takes the lock of the folder, waiting up to {@code wait} for another writer to finish.
	 *
	 * @param what what the holder does, for the message another writer gets ({@code baton renumber})
	 * @throws Busy        when another process still holds it after {@code wait}
	 * @throws IOException when the lock file cannot be created (a read-only folder)
	 */
	public static FolderLock acquire(Path root, Duration wait, String what) throws IOException {
		Path folder = root.toAbsolutePath().normalize();
		Held held = HELD.computeIfAbsent(folder, f -> new Held());
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			if (!held.threads.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new Busy(folder + " is being changed by another thread of this program: wait for it and retry");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Busy("interrupted while waiting for the lock of " + folder);
		}
		if (held.threads.getHoldCount() > 1) {
			return new FolderLock(held);
		}
		try {
			lockFile(folder, held, deadline, what);
			return new FolderLock(held);
		} catch (IOException | RuntimeException e) {
			held.threads.unlock();
			throw e;
		}
	}

	private static void lockFile(Path folder, Held held, long deadline, String what) throws IOException {
		Path file = lockFile(folder);
		Files.createDirectories(file.getParent());
		ignoredByGit(file.getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			while (true) {
				FileLock lock = channel.tryLock();
				if (lock != null) {
					channel.truncate(0);
					channel.write(ByteBuffer.wrap(holder(what).getBytes(StandardCharsets.UTF_8)), 0);
					channel.force(false);
					held.channel = channel;
					held.lock = lock;
					return;
				}
				if (System.nanoTime() > deadline) {
					throw new Busy(folder + " is being changed by another baton (" + describeHolder(file)
							+ "); nothing was changed: retry when it has finished");
				}
				Thread.sleep(POLL_MILLIS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			channel.close();
			throw new Busy("interrupted while waiting for the lock of " + folder);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** The lock file of an architecture folder. */
	public static Path lockFile(Path root) {
		return root.resolve(WORK_FOLDER).resolve("lock");
	}

	/** Writes {@code .baton/.gitignore} with {@code *}: the lock and the journal are never committed. */
	public static void ignoredByGit(Path workFolder) {
		Path ignore = workFolder.resolve(".gitignore");
		if (!Files.exists(ignore)) {
			try {
				Files.writeString(ignore, "# Baton's working files (lock, journal): never committed\n*\n",
						StandardCharsets.UTF_8);
			} catch (IOException e) {
				// only a convenience: the lock works without it
			}
		}
	}

	private static String holder(String what) {
		return "pid: " + ProcessHandle.current().pid() + "\nhost: " + host() + "\nsince: " + Instant.now()
				+ "\ncommand: " + (what == null ? "?" : what.replace('\n', ' ')) + "\n";
	}

	/** Who holds the lock, from what it wrote into the file: process, host, since when, doing what. */
	static String describeHolder(Path file) {
		Map<String, String> values = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int colon = line.indexOf(": ");
				if (colon > 0) {
					values.put(line.substring(0, colon), line.substring(colon + 2));
				}
			}
		} catch (IOException e) {
			return "holder unknown: " + file + " cannot be read";
		}
		if (!values.containsKey("pid")) {
			return "holder unknown";
		}
		return values.getOrDefault("command", "?") + ", process " + values.get("pid") + " on "
				+ values.getOrDefault("host", "?") + " since " + values.getOrDefault("since", "?");
	}

	static String host() {
		try {
			// the kernel's name is at hand; resolving the local host may wait on DNS
			Path kernel = Path.of("/proc/sys/kernel/hostname");
			if (Files.isReadable(kernel)) {
				return Files.readString(kernel, StandardCharsets.UTF_8).strip();
			}
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			String name = ManagementFactory.getRuntimeMXBean().getName();
			return name.contains("@") ? name.substring(name.indexOf('@') + 1) : "localhost";
		}
	}

	/** Releases the lock (once; the outermost release of a thread releases the file). */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (held.threads.getHoldCount() == 1) {
			try {
				held.channel.truncate(0);
				held.lock.release();
				held.channel.close();
			} catch (IOException e) {
				// closing the channel releases the lock in any case; the holder's name may stay in the file
			}
			held.channel = null;
			held.lock = null;
		}
		held.threads.unlock();
	}
}
