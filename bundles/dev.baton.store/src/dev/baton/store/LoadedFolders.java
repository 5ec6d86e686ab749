package dev.baton.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.Monitor;

/**
 * The architecture folders loaded for sharing, one per folder whoever asks: the file-buffer pattern of Eclipse
 * ({@code connect} / {@code disconnect}, counted). The first {@link #connect} of a folder loads it; later ones (also
 * while it is loading) get the same {@link LoadedFolder}; the last {@link #disconnect} lets it go.
 *
 * <p>
 * Thread-safe. No statics: whoever shares folders (a workbench) holds one instance.
 */
public final class LoadedFolders {

	/** How often a caller waiting for another's load looks at its own monitor. */
	private static final long POLL_MILLIS = 50;

	private static final class Slot {

		int connections;
		boolean started;
		final CompletableFuture<LoadedFolder> loaded = new CompletableFuture<>();
	}

	private final Map<String, DecisionFormat> formats;
	private final Map<Path, Slot> slots = new HashMap<>();

	/** Folders of Baton's own dialect only. */
	public LoadedFolders() {
		this(Map.of());
	}

	/** @param formats the formats of decision sets kept in other dialects, by {@link DecisionFormat#id()} */
	public LoadedFolders(Map<String, DecisionFormat> formats) {
		this.formats = Map.copyOf(formats);
	}

	/**
	 * The shared loaded folder at {@code root}, loaded now if nobody has it. Each call that returns must be matched by
	 * one {@link #disconnect}; one that throws leaves nothing connected. When the caller loading the folder cancels, a
	 * caller waiting for that load loads it itself.
	 *
	 * @param monitor progress of the load (one unit per file); cancelling it stops this caller's load or wait
	 * @throws CancellationException when the monitor was cancelled: nothing stays connected
	 */
	public LoadedFolder connect(Path root, Monitor monitor) {
		Path key = root.toAbsolutePath().normalize();
		while (true) {
			Slot slot;
			boolean loads;
			synchronized (slots) {
				slot = slots.computeIfAbsent(key, k -> new Slot());
				slot.connections++;
				loads = !slot.started;
				slot.started = true;
			}
			try {
				if (loads) {
					return load(key, slot, monitor);
				}
				return await(slot, monitor);
			} catch (CancellationException e) {
				release(key, slot);
				if (loads || monitor.isCanceled()) {
					throw e;
				}
				// the caller that was loading it cancelled: this one loads it, unless it too is cancelled
			} catch (RuntimeException e) {
				release(key, slot);
				throw e;
			}
		}
	}

	private LoadedFolder load(Path key, Slot slot, Monitor monitor) {
		try {
			LoadedFolder folder = LoadedFolder.load(key, monitor, formats);
			if (monitor.isCanceled()) {
				throw new CancellationException("loading " + key + " was cancelled");
			}
			slot.loaded.complete(folder);
			return folder;
		} catch (RuntimeException e) {
			synchronized (slots) {
				slots.remove(key, slot); // the next connect loads anew; those waiting fail with this load
			}
			slot.loaded.completeExceptionally(e);
			throw e;
		}
	}

	private static LoadedFolder await(Slot slot, Monitor monitor) {
		while (true) {
			if (monitor.isCanceled()) {
				throw new CancellationException("waiting for the folder to load was cancelled");
			}
			try {
				return slot.loaded.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// still loading: look at the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("interrupted while the folder loaded");
			} catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
			}
		}
	}

	/**
	 * Gives back one connection to the folder at {@code root}; the last one lets the loaded folder go.
	 *
	 * @throws IllegalStateException when nobody is connected to it
	 */
	public void disconnect(Path root) {
		Path key = root.toAbsolutePath().normalize();
		synchronized (slots) {
			Slot slot = slots.get(key);
			if (slot == null) {
				throw new IllegalStateException(key + " is not connected: disconnect once per connect");
			}
			release(key, slot);
		}
	}

	private void release(Path key, Slot slot) {
		synchronized (slots) {
			if (--slot.connections == 0) {
				slots.remove(key, slot);
			}
		}
	}

	/** The loaded folder at {@code root} when somebody is connected to it and it has loaded. */
	public Optional<LoadedFolder> get(Path root) {
		Slot slot;
		synchronized (slots) {
			slot = slots.get(root.toAbsolutePath().normalize());
		}
		return slot == null || !slot.loaded.isDone() || slot.loaded.isCompletedExceptionally() ? Optional.empty()
				: Optional.of(slot.loaded.join());
	}

	/** How many connections the folder at {@code root} has. */
	public int connections(Path root) {
		synchronized (slots) {
			Slot slot = slots.get(root.toAbsolutePath().normalize());
			return slot == null ? 0 : slot.connections;
		}
	}
}
