package dev.baton.ui.wizards;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;

import dev.baton.api.Contribution;
import dev.baton.api.Exporter;
import dev.baton.api.Findings;
import dev.baton.api.PackLayout;
import dev.baton.api.RunContext;
import dev.baton.store.LoadedFolder;
import dev.baton.ui.Messages;
import dev.baton.ui.WorkbenchFolders;

/**
 * Writes a handover pack in the background, as {@code baton export} does, with its progress in the status line and the
 * Progress view (where Cancel stops it). It works on the folder the workbench shares (loaded only when no part has it
 * yet), copied once so that edits and files read again meanwhile neither block it nor change it halfway. The exporters
 * write into a staging folder beside the target and only a complete pack is moved into place, so Cancel or a failure
 * leaves the target as it was. When it is done, the job stays in the Progress view with an action to open the pack.
 */
public final class ExportJob extends Job {

	/** The family of every export job, to find or wait for them. */
	public static final Object FAMILY = ExportJob.class;

	private final Path root;
	private final Path out;
	private final LocalDate asOf;
	private final List<Contribution<Exporter>> exporters;
	private volatile List<Path> written = List.of();
	private volatile Diagnostic findings;

	ExportJob(Path root, Path out, LocalDate asOf, List<Contribution<Exporter>> exporters) {
		super(Messages.bind(Messages.Export_task, out));
		this.root = root;
		this.out = out;
		this.asOf = asOf;
		this.exporters = List.copyOf(exporters);
		setPriority(LONG);
		// in the status line and the Progress view, without a dialog that would hold the workbench up
		setUser(false);
		setProperty(IProgressConstants.KEEPONE_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Export_task, out),
				exporters.size() * 100 + 20);
		Path staging =
				out.resolveSibling("." + out.getFileName() + ".baton-export-" + Long.toHexString(System.nanoTime()));
		BasicDiagnostic collected = new BasicDiagnostic();
		List<Path> entries = new ArrayList<>();
		try {
			Files.createDirectories(staging);
			FolderSnapshot snapshot = snapshot(progress.split(20));
			// one run: the formats share one pack and one layout of the diagrams
			RunContext.Shared shared = new RunContext.Shared();
			for (Contribution<Exporter> exporter : exporters) {
				progress.subTask(exporter.label());
				RunContext context = new RunContext(asOf, BasicMonitor.toMonitor(progress.split(100)),
						snapshot.settings(), shared);
				exporter.service().export(snapshot.architecture(), PackLayout.targetOf(exporter.id(), staging),
						context, collected);
				entries.add(PackLayout.entryOf(exporter.id(), PackLayout.targetOf(exporter.id(), out)));
			}
			if (monitor.isCanceled()) {
				return cancelled();
			}
			findings = collected;
			if (collected.getSeverity() >= Diagnostic.ERROR) {
				return failed(collected);
			}
			publish(staging, out);
		} catch (RunContext.CancelledException | OperationCanceledException | CancellationException e) {
			return cancelled();
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("export of " + root + " failed", e);
			return Status.error(Messages.bind(Messages.Export_failed, e.getClass().getSimpleName() + ": "
					+ e.getMessage()), e);
		} finally {
			delete(staging);
		}
		written = List.copyOf(entries);
		entries.stream().filter(p -> p.getFileName().toString().equals("index.html")).findFirst()
				.ifPresent(index -> setProperty(IProgressConstants.ACTION_PROPERTY, new OpenPack(index)));
		return Status.info(Messages.bind(Messages.Export_done, out));
	}

	/** The shared folder's model as it is now: connected for the copy only. */
	private FolderSnapshot snapshot(SubMonitor monitor) {
		WorkbenchFolders folders = WorkbenchFolders.of();
		LoadedFolder loaded = folders.connect(root, monitor);
		try {
			return FolderSnapshot.of(loaded);
		} finally {
			folders.disconnect(loaded.root());
		}
	}

	private IStatus cancelled() {
		return new Status(IStatus.CANCEL, getClass(), Messages.bind(Messages.Export_cancelled, out));
	}

	/** Every error the exporters reported, each naming its record. */
	private IStatus failed(Diagnostic collected) {
		MultiStatus status = new MultiStatus(getClass(), 0, Messages.bind(Messages.Export_errors, out));
		for (Diagnostic leaf : Findings.leaves(collected)) {
			if (leaf.getSeverity() >= Diagnostic.ERROR) {
				status.add(Status.error(Findings.format(leaf)));
			}
		}
		return status;
	}

	/** The entry files of what the job wrote (index.html, README.md, pack.json), once it is done. */
	public List<Path> written() {
		return written;
	}

	/** What the exporters reported (redacted secrets, ...), once it is done. */
	public Optional<Diagnostic> findings() {
		return Optional.ofNullable(findings);
	}

	/** The action the Progress view offers once the pack is written, when it has an HTML site. */
	public Optional<OpenPack> openAction() {
		return getProperty(IProgressConstants.ACTION_PROPERTY) instanceof OpenPack action ? Optional.of(action)
				: Optional.empty();
	}

	/** Moves every file of the staged pack into the target folder, replacing files of an earlier pack. */
	private static void publish(Path staging, Path out) throws IOException {
		List<Path> files;
		try (Stream<Path> paths = Files.walk(staging)) {
			files = paths.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			Path target = out.resolve(staging.relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			ILog.of(ExportJob.class).warn("cannot delete the staging folder " + folder, e);
		}
	}

	/** Opens the pack's index in the system's browser. */
	public static final class OpenPack extends Action {

		private final Path index;

		OpenPack(Path index) {
			super(Messages.Export_open);
			this.index = index;
		}

		/** The file it opens. */
		public Path index() {
			return index;
		}

		@Override
		public void run() {
			try {
				PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(index.toUri().toURL());
			} catch (PartInitException | MalformedURLException e) {
				ILog.of(ExportJob.class).error("cannot open " + index, e);
			}
		}
	}
}
