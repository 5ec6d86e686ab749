package dev.baton.ui.wizards;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.baton.api.LoadedArchitecture;
import dev.baton.api.SourceLocation;
import dev.baton.model.Architecture;
import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.store.LoadedFolder;

/**
 * A copy of a shared folder's model, taken under the folder's lock, for work in the background that must neither see
 * the model change halfway (a file read again on the UI thread) nor hold the lock, and so the UI thread, for long. The
 * copy sits in a resource of the same URI, so what reads the folder's place from the model ({@code baton.yaml}, the
 * records' files) finds it; source locations are those of the records copied.
 */
record FolderSnapshot(LoadedArchitecture architecture, Map<String, String> settings) {

	/** Copies the model of {@code loaded} as it is now. */
	static FolderSnapshot of(LoadedFolder loaded) {
		synchronized (loaded.lock()) {
			ArchitectureFolder folder = loaded.folder();
			Architecture original = folder.architecture();
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			Architecture copy = (Architecture) copier.copy(original);
			copier.copyReferences();
			Resource resource = new ResourceImpl(original.eResource() == null ? null : original.eResource().getURI());
			new ResourceSetImpl().getResources().add(resource);
			resource.getContents().add(copy);
			Map<Record, Record> originals = new IdentityHashMap<>();
			for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
				if (entry.getKey() instanceof Record record) {
					originals.put((Record) entry.getValue(), record);
				}
			}
			Path root = folder.root();
			LoadedArchitecture read = LoadedArchitecture.of(copy, root,
					(record, key) -> Optional.ofNullable(originals.get(record)).flatMap(o -> locate(loaded, o, key)));
			return new FolderSnapshot(read, new LinkedHashMap<>(folder.settings()));
		}
	}

	/** Where the original record's key is, asked under the lock: files read again change the locations. */
	private static Optional<SourceLocation> locate(LoadedFolder loaded, Record record, String key) {
		synchronized (loaded.lock()) {
			return loaded.folder().locationOf(record, key);
		}
	}
}
